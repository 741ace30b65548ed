import type { AutoRule } from '../types';
import { spotOrFutures } from './spot-or-futures';

/** Did a Spot request carry futures-only fields (reduceOnly, positionSide, closePosition)? From the product and the request parameters. */
export const futuresFieldsOnSpot: AutoRule = (ctx) => {
  const p = ctx.evidence.params;
  const spot = spotOrFutures(ctx);
  if (spot === undefined) return undefined;
  if (spot.value === 'futures') return { value: 'no', because: spot.because };
  const f = p.reduceOnly !== undefined ? 'reduceOnly' : p.positionSide !== undefined ? 'positionSide' : p.closePosition !== undefined ? 'closePosition' : null;
  return f != null ? { value: 'yes', because: `${spot.because} and carried ${f}` } : { value: 'no', because: `${spot.because} without futures-only fields` };
};
