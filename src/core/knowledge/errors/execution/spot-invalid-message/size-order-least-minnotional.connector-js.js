import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const { data } = await client.exchangeInfo({ symbol: '{{symbol}}' });
const f = Object.fromEntries(data.symbols[0].filters.map((x) => [x.filterType, x]));
const floor = Number((f.NOTIONAL || f.MIN_NOTIONAL).minNotional);
const avg = Number((await client.avgPrice('{{symbol}}')).data.price);
const step = Number(f.LOT_SIZE.stepSize);
console.log('smallest order:', Math.ceil((floor * 1.02) / avg / step) * step, 'BTC');
