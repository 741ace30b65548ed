import type { AutoRule } from '../types';
import { CONDITIONAL_TYPES, upper } from './util';

/** What kind of call failed (a LIMIT order, a conditional order, an order query/cancel), from the order type, method and endpoint. */
export const orderCallKind: AutoRule = ({ evidence }) => {
  const t = upper(evidence.params.type);
  const m = upper(evidence.method ?? undefined);
  if (t === 'LIMIT') return { value: 'limit', because: 'your request was a LIMIT order' };
  if (CONDITIONAL_TYPES.includes(t)) return { value: 'conditional', because: `your request was a ${t} order` };
  if ((m === 'GET' || m === 'DELETE') && /\/order$/i.test(evidence.endpoint ?? '')) return { value: 'lookup', because: `the request was ${m} ${evidence.endpoint ?? ''}` };
  return undefined;
};
