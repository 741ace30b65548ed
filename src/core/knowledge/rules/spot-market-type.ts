import type { AutoRule } from '../types';
import { upper } from './util';

/** Spot types that execute at the market and so take no price or timeInForce. */
const MARKET_TYPES = ['MARKET', 'STOP_LOSS', 'TAKE_PROFIT'];

/** Was the Spot order a market-type one (MARKET, STOP_LOSS, TAKE_PROFIT) or another type? From the logged type. */
export const spotMarketType: AutoRule = ({ evidence }) => {
  const t = upper(evidence.params.type);
  if (t === '') return undefined;
  return MARKET_TYPES.includes(t) ? { value: 'market', because: `your request was a ${t} order` } : { value: 'other', because: `your request was a ${t} order` };
};
