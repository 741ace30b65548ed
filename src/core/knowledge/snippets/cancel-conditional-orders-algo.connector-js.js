import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const algo = await (await client.restAPI.queryAlgoOrder({ algoId: 123456 })).data();
console.log(algo.algoStatus);
await client.restAPI.cancelAlgoOrder({ algoId: 123456 });
