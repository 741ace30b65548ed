import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets(true);
const symbol = '{{ccxtSymbol}}';
const amount = ex.amountToPrecision(symbol, 0.0012345);
const price = ex.priceToPrecision(symbol, 64321.378);
await ex.createOrder(symbol, 'limit', 'buy', amount, price);
