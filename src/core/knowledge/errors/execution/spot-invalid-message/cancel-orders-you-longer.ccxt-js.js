import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const orders = (await ex.fetchOpenOrders('{{ccxtSymbol}}')).sort((a, b) => a.timestamp - b.timestamp);
console.log(orders.length, 'open orders');
for (const o of orders.slice(0, 10)) await ex.cancelOrder(o.id, '{{ccxtSymbol}}');
