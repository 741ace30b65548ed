import type { AutoRule } from '../types';

/** Was the history query an aggTrades call or another endpoint? From the request's endpoint path. */
export const aggTradesEndpoint: AutoRule = ({ evidence }) => {
  const ep = evidence.endpoint ?? '';
  if (ep === '') return undefined;
  return /aggTrades/i.test(ep) ? { value: 'agg', because: `the request went to ${ep}` } : { value: 'other', because: `the request went to ${ep}` };
};
