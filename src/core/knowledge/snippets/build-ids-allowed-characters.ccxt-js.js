import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const cid = ('bot-' + Date.now().toString(36) + Math.random().toString(36).slice(2)).slice(0, 36);
await ex.createOrder('{{ccxtSymbol}}', 'market', 'buy', 0.01, undefined, { clientOrderId: cid });
