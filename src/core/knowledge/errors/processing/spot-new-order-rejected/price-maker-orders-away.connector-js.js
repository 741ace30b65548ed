import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const { bidPrice } = (await client.bookTicker('{{symbol}}')).data;
await client.newOrder('{{symbol}}', 'BUY', 'LIMIT_MAKER', { quantity: 0.001, price: bidPrice });
