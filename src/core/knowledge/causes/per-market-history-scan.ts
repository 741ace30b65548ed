/** Cause shared by -1003 and HTTP 418: a trade-history import that walks every market */
import type { Cause } from '../types';

export const perMarketHistoryScanCause: Cause = {
  id: 'per-market-history-scan',
  title: 'A history import that queries every market one by one',
  why: 'Trade history (GET /api/v3/myTrades, allOrders) needs a symbol, so portfolio and tax tools that rebuild a full history loop over every listed market — about two thousand, at a weight of 10–20 each. Even with correct back-off, that many calls exhausts the IP’s weight and ends in a ban. rotki hit exactly this until users told it which markets they trade.',
  fixes: [
    {
      title: 'Query only the markets you traded',
      steps: [
        'Configure the tool with the markets you actually traded (rotki: the Binance markets setting of the exchange).',
        'Find them from your deposit/withdrawal and account history or the exchange’s trade export rather than by probing every symbol.',
        'Spread a first full import over time, and stop at the first 429: wait for Retry-After before the next market.',
      ],
    },
  ],
};
