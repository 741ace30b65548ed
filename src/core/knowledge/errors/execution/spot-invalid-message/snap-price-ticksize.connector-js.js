import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const { data } = await client.exchangeInfo({ symbol: '{{symbol}}' });
const f = Object.fromEntries(data.symbols[0].filters.map((x) => [x.filterType, x]));
const snap = (v, s) => (Math.floor(v / Number(s) + 1e-9) * Number(s)).toFixed(Math.max(0, -Math.floor(Math.log10(Number(s)))));
const price = snap(64321.378, f.PRICE_FILTER.tickSize);
const quantity = snap(0.0012345, f.LOT_SIZE.stepSize);
await client.newOrder('{{symbol}}', 'BUY', 'LIMIT', { price, quantity, timeInForce: 'GTC' });
