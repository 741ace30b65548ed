import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const cid = ('bot-' + Date.now().toString(36) + Math.random().toString(36).slice(2)).slice(0, 36);
if (!/^[.A-Z:/a-z0-9_-]{1,36}$/.test(cid)) throw new Error('bad client order id');
await client.restAPI.newOrder({ symbol: '{{symbol}}', side: 'BUY', type: 'MARKET', quantity: 0.01, newClientOrderId: cid });
