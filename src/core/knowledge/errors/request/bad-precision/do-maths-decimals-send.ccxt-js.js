import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets();
const qty = ex.amountToPrecision('{{ccxtSymbol}}', 0.0123456);
const price = ex.priceToPrecision('{{ccxtSymbol}}', 64321.37);
await ex.createOrder('{{ccxtSymbol}}', 'limit', 'buy', Number(qty), Number(price));
