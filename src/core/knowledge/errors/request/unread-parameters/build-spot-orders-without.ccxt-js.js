import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.createOrder('{{ccxtSymbol}}', 'market', 'sell', 0.001); // no futures-only params
