import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const s = (await client.exchangeInfo({ symbol: '{{symbol}}' })).data.symbols[0];
console.log(s.status, s.orderTypes, s.ocoAllowed, s.quoteOrderQtyMarketAllowed);
