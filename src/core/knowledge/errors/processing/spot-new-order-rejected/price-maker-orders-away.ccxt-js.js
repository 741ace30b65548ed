import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const { bid } = await ex.fetchTicker('{{ccxtSymbol}}');
await ex.createOrder('{{ccxtSymbol}}', 'limit', 'buy', 0.001, bid, { postOnly: true });
