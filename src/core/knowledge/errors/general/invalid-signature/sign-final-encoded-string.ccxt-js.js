import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.createOrder('{{ccxtSymbol}}', 'market', 'sell', 0.002, undefined, { reduceOnly: true });
