import type { AutoRule } from '../types';
import { productOf } from './product-of';

/** COIN-M or another futures product: from the endpoint or the paste's product, else a symbol with the COIN-M underscore. */
export const coinmOrOtherProduct: AutoRule = (ctx) => {
  const p = productOf(ctx);
  if (p !== undefined) return p.value === 'coinm' ? { value: 'coinm', because: p.because } : { value: 'other', because: p.because };
  const s = ctx.evidence.params.symbol;
  if (s !== undefined && s.includes('_')) return { value: 'coinm', because: `the symbol ${s} has the COIN-M shape` };
  return undefined;
};
