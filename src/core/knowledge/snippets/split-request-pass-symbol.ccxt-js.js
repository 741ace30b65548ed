import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets(); // once, cached afterwards
const orders = await ex.fetchOpenOrders('{{ccxtSymbol}}'); // always pass the symbol
