import type { AutoAnswer, AutoRule } from '../types';
import { logTimeMs, num } from './util';

/** The log's clock (a time with its zone) against the server time printed in the same paste. */
function fromLogTime(t: string | undefined, st: number): AutoAnswer | undefined {
  const line = logTimeMs(t);
  if (line == null || !line.zoned) return undefined;
  const d = line.ms - st;
  const said = `your log’s time is ${Math.abs(d)} ms ${d >= 0 ? 'ahead of' : 'behind'} the server time in the paste`;
  if (Math.abs(d) > 60_000) return undefined;
  return { value: d > 1000 ? 'ahead' : d < -1000 ? 'behind' : 'close', because: said };
}

/** Is the client clock ahead of, behind or close to Binance's? From the request's timestamp (else the log line's zoned time) against the serverTime in the paste. */
export const clockSkew: AutoRule = ({ evidence }) => {
  const ts = num(evidence.params.timestamp);
  const st = evidence.serverTime;
  if (st == null) return undefined;
  if (ts == null || ts < 1e12) return fromLogTime(evidence.logTimes[0], st);
  const d = ts - st;
  const said = `your request’s timestamp is ${Math.abs(d)} ms ${d >= 0 ? 'ahead of' : 'behind'} the server time in the paste`;
  if (d > 1000) return { value: 'ahead', because: said };
  if (d < -1000) return { value: 'behind', because: said };
  return { value: 'close', because: said };
};
