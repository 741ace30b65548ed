import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const symbol = '{{ccxtSymbol}}';
const bestBid = (await ex.fetchOrderBook(symbol, 5)).bids[0][0];
await ex.createOrder(symbol, 'limit', 'buy', 0.002, bestBid, { postOnly: true });
