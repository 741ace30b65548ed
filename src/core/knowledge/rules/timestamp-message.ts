import type { AutoRule } from '../types';
import { pastedMessageOf } from './util';

/** Which timestamp message was it: "ahead of the server's time" or "outside of the recvWindow"? From the pasted message. */
export const timestampMessage: AutoRule = (ctx) => {
  const m = pastedMessageOf(ctx);
  if (m.includes('ahead of the server')) return { value: 'ahead', because: 'the message says the timestamp was 1000ms ahead of the server’s time' };
  if (m.includes('outside of the recvwindow')) return { value: 'outside', because: 'the message says the timestamp is outside of the recvWindow' };
  return undefined;
};
