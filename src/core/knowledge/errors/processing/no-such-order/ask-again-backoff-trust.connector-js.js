import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
for (const ms of [500, 1000, 2000, 4000]) {
  try { console.log((await (await client.restAPI.queryOrder({ symbol: '{{symbol}}', origClientOrderId: 'bot-0001' })).data()).status); break; }
  catch (err) { await new Promise((r) => setTimeout(r, ms)); }
}
