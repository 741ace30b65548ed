import type { AutoRule } from '../types';
import { messagesOf, num } from './util';

/** Was the limit hit the IP's request weight or the account's new-order count? From the message wording, then the used-weight header. */
export const weightOrOrdersLimit: AutoRule = (ctx) => {
  const t = messagesOf(ctx);
  if (t.includes('orders per') || t.includes('too many new orders') || t.includes('-1015')) return { value: 'orders', because: 'the message is about the number of new orders' };
  if (t.includes('request weight') || t.includes('requests per minute') || t.includes('-1003') || t.includes('too many requests')) return { value: 'weight', because: 'the message is about request weight per IP' };
  const h = ctx.evidence.headers;
  const used = num(h['x-mbx-used-weight-1m'] ?? h['x-mbx-used-weight']);
  if (used != null && used >= 2000) return { value: 'weight', because: `the used-weight header shows ${used}` };
  return undefined;
};
