import type { AutoRule } from '../types';
import { filterValues } from './filter-values';

/** Is the symbol's tickSize a power of ten (0.1, 0.01 …) or a step like 0.5 or 0.0005? From the tickSize the paste shows. */
export const tickSizeShape: AutoRule = (ctx) => {
  const t = filterValues(ctx).tickSize;
  if (t === undefined || t.value <= 0) return undefined;
  const power = Math.abs(Math.log10(t.value) - Math.round(Math.log10(t.value))) < 1e-9;
  return { value: power ? 'power' : 'odd', because: `the paste shows tickSize ${t.text}` };
};
