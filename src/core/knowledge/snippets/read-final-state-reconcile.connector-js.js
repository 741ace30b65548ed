import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
try {
  await client.restAPI.cancelOrder({ symbol: '{{symbol}}', origClientOrderId: 'bot-0001' });
} catch (err) {
  const o = await (await client.restAPI.queryOrder({ symbol: '{{symbol}}', origClientOrderId: 'bot-0001' })).data();
  console.log('already', o.status, o.executedQty);
}
