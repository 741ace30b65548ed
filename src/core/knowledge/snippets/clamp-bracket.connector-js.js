import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const res = await (await client.restAPI.notionalAndLeverageBrackets({ symbol: '{{symbol}}' })).data();
const brackets = (Array.isArray(res) ? res[0] : res).brackets;
const maxLev = Math.max(...brackets.map((b) => b.initialLeverage));
await client.restAPI.changeInitialLeverage({ symbol: '{{symbol}}', leverage: Math.min(25, maxLev) });
