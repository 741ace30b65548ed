import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const bal = await ex.fetchBalance();
console.log('free', bal.USDT.free, 'used', bal.USDT.used);
