import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets();
const qty = ex.amountToPrecision('{{ccxtSymbol}}', 0.00123456789);
const price = ex.priceToPrecision('{{ccxtSymbol}}', 64321.3719);
await ex.createOrder('{{ccxtSymbol}}', 'limit', 'buy', Number(qty), Number(price));
