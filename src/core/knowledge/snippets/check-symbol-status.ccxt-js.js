import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets();
const info = ex.market('{{ccxtSymbol}}').info;
console.log(info.status, info.orderTypes, info.ocoAllowed);
