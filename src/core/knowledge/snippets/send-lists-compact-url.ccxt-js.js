import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.createOrders([{ symbol: '{{ccxtSymbol}}', type: 'limit', side: 'buy', amount: 0.01, price: 60000 }]);
