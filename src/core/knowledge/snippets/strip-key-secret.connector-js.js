import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const apiKey = (process.env.API_KEY ?? '').trim(); const apiSecret = (process.env.API_SECRET ?? '').trim();
console.log(apiKey.length, apiSecret.length);
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey, apiSecret } });
console.log(await (await client.restAPI.futuresAccountBalanceV3()).data());
