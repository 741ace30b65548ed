import type { AutoRule } from '../types';
import { filterValues, snapToStep } from './filter-values';
import { priceFloatTail } from './price-float-tail';
import { num } from './util';

/** Is the price outside minPrice–maxPrice ('out-of-range') or off the tick grid ('off-grid')? From the filter values the paste shows, else its float tail. */
export const priceAgainstFilters: AutoRule = (ctx) => {
  const f = filterValues(ctx);
  const p = ctx.evidence.params.price;
  const n = num(p);
  if (p !== undefined && n != null) {
    if (f.minPrice !== undefined && f.minPrice.value > 0 && n < f.minPrice.value) return { value: 'out-of-range', because: `the price ${p} is below minPrice ${f.minPrice.text}` };
    if (f.maxPrice !== undefined && f.maxPrice.value > 0 && n > f.maxPrice.value) return { value: 'out-of-range', because: `the price ${p} is above maxPrice ${f.maxPrice.text}` };
    const s = f.tickSize !== undefined ? snapToStep(p, f.tickSize.text, 'nearest') : null;
    if (s != null && !s.onGrid) return { value: 'off-grid', because: `the price ${p} is not a multiple of tickSize ${f.tickSize?.text ?? ''} (${s.text} is)` };
  }
  return priceFloatTail(ctx);
};
