import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
try {
  const order = await (await client.restAPI.queryOrder({ symbol: '{{symbol}}', origClientOrderId: 'bot-0001' })).data();
  console.log('exists:', order.status, order.executedQty);
} catch (err) {
  console.log('lookup failed (-2013 means not found yet):', err.message);
}
