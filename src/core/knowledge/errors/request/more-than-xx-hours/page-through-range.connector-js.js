import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const DAY = 86400000; const end = Date.now(); const out = [];
for (let start = end - 30 * DAY; start < end; start += 7 * DAY) {
  const r = await client.restAPI.accountTradeList({ symbol: '{{symbol}}', startTime: start, endTime: Math.min(start + 7 * DAY - 1, end) });
  out.push(...(await r.data()));
}
