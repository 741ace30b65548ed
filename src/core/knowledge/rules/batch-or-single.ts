import type { AutoRule } from '../types';

/** Was the request a batch (batchOrders) or a single order? From the pasted endpoint. */
export const batchOrSingle: AutoRule = ({ evidence }) => {
  const ep = evidence.endpoint ?? '';
  if (/batchOrders/i.test(ep)) return { value: 'batch', because: `the request went to ${ep}` };
  if (ep !== '') return { value: 'single', because: `the request went to ${ep}` };
  return undefined;
};
