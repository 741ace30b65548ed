import type { AutoRule } from '../types';
import { upper } from './util';

/** Was the order a close-all stop, a market-type order or another type? From closePosition and type in the request. */
export const marketOrCloseAllOrder: AutoRule = ({ evidence }) => {
  if ((evidence.params.closePosition ?? '').toLowerCase() === 'true') return { value: 'close', because: 'your request carried closePosition=true' };
  const t = upper(evidence.params.type);
  if (t === 'MARKET' || t === 'STOP_MARKET' || t === 'TAKE_PROFIT_MARKET') return { value: 'market', because: `your request was a ${t} order` };
  if (t !== '') return { value: 'other', because: `your request was a ${t} order` };
  return undefined;
};
