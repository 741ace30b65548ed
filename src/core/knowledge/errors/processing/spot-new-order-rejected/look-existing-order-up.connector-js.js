import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const cid = 'bot-' + Date.now().toString(36);
await client.newOrder('{{symbol}}', 'BUY', 'LIMIT', { quantity: 0.001, price: 60000, timeInForce: 'GTC', newClientOrderId: cid });
