import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.transfer('USDT', 50, 'spot', 'future');
