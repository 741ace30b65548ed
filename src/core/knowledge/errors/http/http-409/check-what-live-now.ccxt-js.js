import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
console.log(await ex.fetchOpenOrders('{{ccxtSymbol}}')); // after a 409: see which order is live now
