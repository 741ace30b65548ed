import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
let key = (await (await client.restAPI.startUserDataStream()).data()).listenKey;
setInterval(async () => {
  try { await client.restAPI.keepaliveUserDataStream(); }
  catch (err) { key = (await (await client.restAPI.startUserDataStream()).data()).listenKey; }
}, 30 * 60 * 1000);
