import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const r = await (await client.restAPI.notionalAndLeverageBrackets({ symbol: '{{symbol}}' })).data();
console.log(r[0].brackets.map((b) => `${b.initialLeverage}x <= ${b.notionalCap}`));
