import ccxt from 'ccxt';
// ccxt.binanceus talks to Binance.US; ccxt.binance to Binance.com: use the one that issued the key
const ex = new ccxt.binanceus({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
console.log((await ex.fetchBalance()).total);
