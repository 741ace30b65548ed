import type { AutoRule } from '../types';

/** Spot filter names grouped into the options of the first -1013 question. */
const FILTER_GROUPS: Record<string, string> = {
  PRICE_FILTER: 'PRICE_FILTER',
  PERCENT_PRICE: 'PERCENT_PRICE',
  PERCENT_PRICE_BY_SIDE: 'PERCENT_PRICE',
  LOT_SIZE: 'LOT_SIZE',
  MARKET_LOT_SIZE: 'MARKET_LOT_SIZE',
  MIN_NOTIONAL: 'NOTIONAL',
  NOTIONAL: 'NOTIONAL',
  MAX_NUM_ORDERS: 'MAX_NUM_ORDERS',
  EXCHANGE_MAX_NUM_ORDERS: 'MAX_NUM_ORDERS',
  MAX_NUM_ALGO_ORDERS: 'MAX_NUM_ALGO_ORDERS',
  EXCHANGE_MAX_NUM_ALGO_ORDERS: 'MAX_NUM_ALGO_ORDERS',
  ICEBERG_PARTS: 'ICEBERG',
  MAX_NUM_ICEBERG_ORDERS: 'ICEBERG',
  EXCHANGE_MAX_NUM_ICEBERG_ORDERS: 'ICEBERG',
  TRAILING_DELTA: 'TRAILING_DELTA',
  MAX_POSITION: 'MAX_POSITION',
  MAX_NUM_ORDER_AMENDS: 'AMENDS_LISTS',
  MAX_NUM_ORDER_LISTS: 'AMENDS_LISTS',
  EXCHANGE_MAX_NUM_ORDER_LISTS: 'AMENDS_LISTS',
};

/** Which Spot filter group does a -1013 "Filter failure: …" name ('other' for another message)? From the pasted message. */
export const spotFilterFailure: AutoRule = ({ finding }) => {
  const msg = finding.message;
  if (msg == null || msg.trim() === '') return undefined;
  const m = /Filter failure:\s*([A-Z_]+)/i.exec(msg);
  if (m?.[1] === undefined) {
    return /INVALID_MESSAGE/i.test(msg) ? undefined : { value: 'other', because: `the message “${msg.slice(0, 80)}” names no filter` };
  }
  const name = m[1].toUpperCase();
  const group = FILTER_GROUPS[name];
  return group === undefined
    ? { value: 'other', because: `the message names the filter ${name}` }
    : { value: group, because: `the message says “Filter failure: ${name}”` };
};
