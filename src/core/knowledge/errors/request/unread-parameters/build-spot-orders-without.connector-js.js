import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
await client.newOrder('{{symbol}}', 'SELL', 'MARKET', { quantity: 0.001 });
