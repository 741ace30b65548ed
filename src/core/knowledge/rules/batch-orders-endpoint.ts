import type { AutoRule } from '../types';

/** Did the order go to batchOrders or to the single-order endpoint? Read from the request's endpoint path. */
export const batchOrdersEndpoint: AutoRule = ({ evidence }) => {
  const ep = evidence.endpoint;
  if (ep == null) return undefined;
  if (/batchOrders/i.test(ep)) return { value: 'batch', because: `the request went to ${ep}` };
  if (/\/[fd]api\/v1\/order$/i.test(ep)) return { value: 'single', because: `the request went to ${ep}` };
  return undefined;
};
