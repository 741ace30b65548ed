import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({
  configurationRestAPI: { apiKey: process.env.API_KEY.trim(), apiSecret: process.env.API_SECRET.trim() },
});
console.log(await (await client.restAPI.futuresAccountBalanceV3()).data());
