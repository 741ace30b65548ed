import type { AutoRule } from '../types';
import { namedParam } from './named-param';

/** Which parameter a "Duplicate values for parameter" message names: a list sent as repeated keys (symbols[], orderIdList) or a signing field (timestamp, signature, recvWindow). */
export const repeatedParamKind: AutoRule = (ctx) => {
  const raw = namedParam(ctx);
  const p = raw.toLowerCase();
  if (p === '') return undefined;
  const because = `the message names parameter '${raw}'`;
  if (p.endsWith('[]') || /^(symbols|orderidlist|origclientorderidlist|batchorders|permissions)$/.test(p)) return { value: 'list', because };
  if (/^(timestamp|signature|recvwindow)$/.test(p)) return { value: 'signing', because };
  return { value: 'other', because };
};
