import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const res = await client.restAPI.newOrder({ symbol: '{{symbol}}', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: 0.002, price: 60000 });
console.log(res.rateLimits?.filter((l) => l.rateLimitType === 'ORDERS'));
