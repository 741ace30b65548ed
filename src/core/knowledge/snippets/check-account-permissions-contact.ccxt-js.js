import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const a = await ex.privateGetAccount();
console.log(a.canTrade, a.accountType, a.permissions);
