import type { AutoRule } from '../types';

/** Did the request go to Binance.US? From the finding's product (the Binance.US catalogue matched it). */
export const binanceUsVenue: AutoRule = ({ finding }) =>
  finding.product === 'us' ? { value: 'us', because: 'the paste comes from Binance.US (api.binance.us)' } : undefined;
