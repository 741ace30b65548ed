import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets(true);
const info = ex.market('{{ccxtSymbol}}').info;
console.log(info.status, info.filters.filter((f) => f.filterType === 'MAX_POSITION'));
