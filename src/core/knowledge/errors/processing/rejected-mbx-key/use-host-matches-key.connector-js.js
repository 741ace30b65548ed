import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET, basePath: 'https://testnet.binancefuture.com' } });
console.log(await (await client.restAPI.futuresAccountBalanceV3()).data());
