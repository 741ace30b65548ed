import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
// on every reconnect, fetch the key again before you subscribe
const { listenKey } = await (await client.restAPI.startUserDataStream()).data();
console.log(listenKey);
