import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.createOrder('{{ccxtSymbol}}', 'limit', 'buy', 0.01, 60000, { timeInForce: 'GTC' });
await ex.createOrder('{{ccxtSymbol}}', 'market', 'buy', 0.01); // no price, no timeInForce
