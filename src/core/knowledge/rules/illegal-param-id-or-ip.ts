import type { AutoRule } from '../types';
import { illegalParamKind } from './illegal-param-kind';
import { namedParam } from './named-param';

/**
 * Which parameter an "Illegal characters found in parameter" message names, telling apart the caller's
 * own address (ip), the signature, numeric ids (orderId, fromId, …) and plain numbers (limit, startTime) from the rest,
 * which illegalParamKind answers.
 */
export const illegalParamIdOrIp: AutoRule = (ctx) => {
  const raw = namedParam(ctx);
  const p = raw.toLowerCase();
  const because = `the message names parameter '${raw}'`;
  if (p === 'ip') return { value: 'ip', because: `${because}, the address your request came from` };
  if (p === 'signature') return { value: 'signature', because };
  if (/^(orderid|fromid|orderlistid|algoid|tranid|listorderid)$/.test(p)) return { value: 'order-id', because };
  if (/^(limit|starttime|endtime|recvwindow|leverage|timestamp)$/.test(p)) return { value: 'number', because };
  return illegalParamKind(ctx);
};
