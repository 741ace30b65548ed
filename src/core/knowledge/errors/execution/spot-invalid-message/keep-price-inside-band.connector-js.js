import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const { data } = await client.exchangeInfo({ symbol: '{{symbol}}' });
const f = Object.fromEntries(data.symbols[0].filters.map((x) => [x.filterType, x]));
const band = f.PERCENT_PRICE_BY_SIDE || f.PERCENT_PRICE;
const avg = Number((await client.avgPrice('{{symbol}}')).data.price);
const up = Number(band.bidMultiplierUp ?? band.multiplierUp);
const down = Number(band.bidMultiplierDown ?? band.multiplierDown);
console.log('BUY price must stay between', avg * down, 'and', avg * up);
