import type { AutoRule } from '../types';
import { messagesOf, num, utc } from './util';

/** Is the IP banned until a time, or has it only hit the limit? From the message's "banned until", its wording and the HTTP status (418/429). */
export const bannedOrLimited: AutoRule = (ctx) => {
  const until = utc(num(ctx.finding.params.bannedUntil));
  if (until != null) return { value: 'banned', because: `the message says the IP is banned until ${until}` };
  const m = messagesOf(ctx);
  if (m.includes('banned')) return { value: 'banned', because: 'the message says the IP is banned' };
  const st = ctx.finding.httpStatus ?? ctx.evidence.httpStatus;
  if (st === 418) return { value: 'banned', because: 'the response was HTTP 418 (IP ban)' };
  if (m.includes('queued')) return { value: 'limit', because: 'the message says too many requests are queued' };
  if (m.includes('current limit')) return { value: 'limit', because: 'the message states your current limit' };
  if (st === 429) return { value: 'limit', because: 'the response was HTTP 429 (limit reached, no ban yet)' };
  return undefined;
};
