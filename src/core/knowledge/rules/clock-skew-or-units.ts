import type { AutoRule } from '../types';
import { clockSkew } from './clock-skew';

/** How far is the request's time from Binance's? A timestamp that does not have 13 digits is in the wrong unit (seconds or microseconds); otherwise as clockSkew reads it. */
export const clockSkewOrUnits: AutoRule = (ctx) => {
  const ts = (ctx.evidence.params.timestamp ?? '').trim();
  if (/^\d+$/.test(ts) && (ts.length <= 11 || ts.length >= 15)) {
    return { value: 'years', because: `your request’s timestamp=${ts} has ${ts.length} digits; milliseconds today have 13` };
  }
  return clockSkew(ctx);
};
