import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
for (const price of [60000, 59900, 59800]) { // sequential, not Promise.all
  await client.restAPI.newOrder({ symbol: '{{symbol}}', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: 0.002, price });
  await new Promise((r) => setTimeout(r, 200));
}
