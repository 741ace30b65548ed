import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const cid = 'bot-' + Date.now().toString(36);
try {
  await client.restAPI.newOrder({ symbol: '{{symbol}}', side: 'BUY', type: 'MARKET', quantity: 0.002, newClientOrderId: cid });
} catch (err) {
  console.log('unclear result, looking it up:', err.message);
  console.log(await (await client.restAPI.queryOrder({ symbol: '{{symbol}}', origClientOrderId: cid })).data());
}
