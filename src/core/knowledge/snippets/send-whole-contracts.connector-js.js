import { DerivativesTradingCoinFutures } from '@binance/derivatives-trading-coin-futures';
const cm = new DerivativesTradingCoinFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
await cm.restAPI.newOrder({ symbol: '{{symbol}}', side: 'BUY', type: 'MARKET', quantity: 5 });
