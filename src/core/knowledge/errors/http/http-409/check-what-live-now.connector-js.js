import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const { data } = await client.openOrders({ symbol: '{{symbol}}' });
console.log(data); // after a 409: which order is live now
