import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const last = Number((await client.tickerPrice('{{symbol}}')).data.price);
const stop = Number((last * 0.98).toFixed(2));
await client.newOrder('{{symbol}}', 'SELL', 'STOP_LOSS_LIMIT', { quantity: 0.001, stopPrice: stop, price: Number((stop * 0.999).toFixed(2)), timeInForce: 'GTC' });
