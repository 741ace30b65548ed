import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const s = (await client.exchangeInfo({ symbol: '{{symbol}}' })).data.symbols[0];
console.log(s.filters.filter((x) => ['NOTIONAL', 'LOT_SIZE', 'PRICE_FILTER'].includes(x.filterType)));
