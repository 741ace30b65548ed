import type { AutoRule } from '../types';
import { productOf } from './product-of';

/** Spot or futures: whether the failing request went to Spot or to a futures product, from its endpoint or the paste's product. */
export const spotOrFutures: AutoRule = (ctx) => {
  const p = productOf(ctx);
  if (p === undefined) return undefined;
  return p.value === 'spot' ? { value: 'spot', because: p.because } : { value: 'futures', because: p.because };
};
