import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
await client.restAPI.changeInitialLeverage({ symbol: '{{symbol}}', leverage: 5 });
console.log(await (await client.restAPI.symbolConfiguration({ symbol: '{{symbol}}' })).data());
