import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets();
const m = ex.market('{{ccxtSymbol}}');
console.log(m.limits.cost, m.limits.amount, m.precision);
