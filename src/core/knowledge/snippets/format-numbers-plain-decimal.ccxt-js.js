import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets();
const qty = ex.amountToPrecision('{{ccxtSymbol}}', 0.00123);
await ex.createOrder('{{ccxtSymbol}}', 'limit', 'buy', Number(qty), 60000, { timeInForce: 'GTC' });
