import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets();
const m = ex.market('{{ccxtSymbol}}');
const last = (await ex.fetchTicker('{{ccxtSymbol}}')).last;
const amount = ex.amountToPrecision('{{ccxtSymbol}}', (m.limits.cost.min * 1.02) / last + m.precision.amount);
console.log('smallest order:', amount, 'BTC');
