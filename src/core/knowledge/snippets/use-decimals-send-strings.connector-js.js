import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const sym = (await client.exchangeInfo({ symbol: '{{symbol}}' })).data.symbols[0];
const f = Object.fromEntries(sym.filters.map((x) => [x.filterType, x]));
const snap = (v, step) => { const d = (step.split('.')[1] ?? '').replace(/0+$/, '').length; return (Math.floor(v / Number(step) + 1e-9) * Number(step)).toFixed(d); };
await client.newOrder('{{symbol}}', 'BUY', 'LIMIT', { timeInForce: 'GTC',
  quantity: snap(0.00123456789, f.LOT_SIZE.stepSize), price: snap(64321.3719, f.PRICE_FILTER.tickSize) });
