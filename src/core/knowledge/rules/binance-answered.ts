import type { AutoRule } from '../types';

/** Did Binance itself answer (so no own proxy is in the way)? From x-mbx- response headers in the paste. */
export const binanceAnswered: AutoRule = ({ evidence }) =>
  Object.keys(evidence.headers).some((k) => k.startsWith('x-mbx-')) ? { value: 'no', because: 'the response carried Binance’s x-mbx- headers, so Binance itself answered' } : undefined;
