import type { AutoRule } from '../types';

/** Was the order sent as post-only on purpose? From timeInForce=GTX (exactly, as pasted) in the request. */
export const postOnlySent: AutoRule = ({ evidence }) =>
  evidence.params.timeInForce === 'GTX' ? { value: 'gtx', because: 'your request carried timeInForce=GTX' } : undefined;
