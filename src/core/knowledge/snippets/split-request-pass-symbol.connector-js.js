import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const info = await (await client.restAPI.exchangeInformation()).data(); // once at start
const orders = await (await client.restAPI.currentAllOpenOrders({ symbol: '{{symbol}}' })).data(); // weight 1 with a symbol
