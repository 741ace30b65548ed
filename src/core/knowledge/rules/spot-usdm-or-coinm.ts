import type { AutoRule } from '../types';
import { productOf } from './product-of';

/** Spot, USD-M or COIN-M: the product the request went to, with Portfolio Margin split by its /cm/ (COIN-M) or UM path. From endpoint or paste product. */
export const spotUsdmOrCoinm: AutoRule = (ctx) => {
  const p = productOf(ctx);
  if (p === undefined) return undefined;
  if (p.value === 'pm') return /\/cm\//i.test(ctx.evidence.endpoint ?? '') ? { value: 'coinm', because: p.because } : { value: 'usdm', because: p.because };
  return p;
};
