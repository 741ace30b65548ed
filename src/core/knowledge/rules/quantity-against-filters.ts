import type { AutoRule } from '../types';
import { filterValues, snapToStep } from './filter-values';
import { quantityFloatTail } from './quantity-float-tail';
import { num } from './util';

/** Is the quantity off the step grid ('decimals') or outside minQty–maxQty ('size')? From the filter values the paste shows, else its float tail. */
export const quantityAgainstFilters: AutoRule = (ctx) => {
  const f = filterValues(ctx);
  const q = ctx.evidence.params.quantity;
  const n = num(q);
  if (q !== undefined && n != null) {
    if (f.minQty !== undefined && n < f.minQty.value) return { value: 'size', because: `the quantity ${q} is below minQty ${f.minQty.text}` };
    if (f.maxQty !== undefined && n > f.maxQty.value) return { value: 'size', because: `the quantity ${q} is above maxQty ${f.maxQty.text}` };
    const s = f.stepSize !== undefined ? snapToStep(q, f.stepSize.text, 'down') : null;
    if (s != null && !s.onGrid) return { value: 'decimals', because: `the quantity ${q} is not a multiple of stepSize ${f.stepSize?.text ?? ''} (${s.text} is)` };
  }
  return quantityFloatTail(ctx);
};
