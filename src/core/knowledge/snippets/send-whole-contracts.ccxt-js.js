import ccxt from 'ccxt';
const ex = new ccxt.binancecoinm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.createOrder('{{ccxtSymbol}}', 'market', 'buy', 5); // contracts, not BTC
