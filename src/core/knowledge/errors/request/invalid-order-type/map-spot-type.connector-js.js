import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
await client.newOrder('{{symbol}}', 'SELL', 'STOP_LOSS_LIMIT', { quantity: 0.001, price: 57900, stopPrice: 58000, timeInForce: 'GTC' });
