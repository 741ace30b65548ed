import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const orders = await ex.fetchOpenOrders('{{ccxtSymbol}}', undefined, undefined, { trigger: true });
await ex.cancelOrder(orders[0].id, '{{ccxtSymbol}}', { trigger: true });
