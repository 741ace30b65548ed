import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const { data } = await client.exchangeInfo({ symbol: '{{symbol}}' });
const info = data.symbols[0];
console.log(info.status, info.filters.filter((f) => f.filterType === 'MAX_NUM_ORDER_AMENDS'));
