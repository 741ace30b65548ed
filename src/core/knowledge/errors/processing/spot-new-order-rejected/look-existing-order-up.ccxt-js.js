import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const cid = 'bot-' + Date.now().toString(36);
await ex.createOrder('{{ccxtSymbol}}', 'limit', 'buy', 0.001, 60000, { clientOrderId: cid });
