import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const t0 = Date.now();
const { serverTime } = await (await client.restAPI.checkServerTime()).data();
const t1 = Date.now();
console.log('offset ms:', serverTime - (t0 + t1) / 2, 'round trip ms:', t1 - t0);
