import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
await client.restAPI.newAlgoOrder({ algoType: 'CONDITIONAL', symbol: '{{symbol}}', side: 'SELL', type: 'STOP_MARKET',
  triggerPrice: 58000, closePosition: 'true' }); // no quantity, no reduceOnly
