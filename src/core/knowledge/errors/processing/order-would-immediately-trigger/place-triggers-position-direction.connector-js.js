import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const { markPrice } = await (await client.restAPI.markPrice({ symbol: '{{symbol}}' })).data();
await client.restAPI.newAlgoOrder({ algoType: 'CONDITIONAL', symbol: '{{symbol}}', side: 'SELL', type: 'STOP_MARKET',
  triggerPrice: Number((Number(markPrice) * 0.98).toFixed(1)), workingType: 'MARK_PRICE', closePosition: 'true' });
