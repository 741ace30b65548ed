import type { AutoRule } from '../types';
import { num } from './util';

/** Is the client clock ahead of, behind or close to Binance's? From the request's timestamp against the serverTime in the paste. */
export const clockSkew: AutoRule = ({ evidence }) => {
  const ts = num(evidence.params.timestamp);
  const st = evidence.serverTime;
  if (ts == null || st == null || ts < 1e12) return undefined;
  const d = ts - st;
  const said = `your request’s timestamp is ${Math.abs(d)} ms ${d >= 0 ? 'ahead of' : 'behind'} the server time in the paste`;
  if (d > 1000) return { value: 'ahead', because: said };
  if (d < -1000) return { value: 'behind', because: said };
  return { value: 'close', because: said };
};
