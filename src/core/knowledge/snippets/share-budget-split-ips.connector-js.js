import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const res = await client.restAPI.checkServerTime();
const weight = (res.rateLimits ?? []).find((l) => l.rateLimitType === 'REQUEST_WEIGHT');
console.log('used weight this interval:', weight?.count);
if ((weight?.count ?? 0) > 0.8 * 2400) await new Promise((r) => setTimeout(r, 60000 - (Date.now() % 60000)));
