import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets(true);
const symbol = '{{ccxtSymbol}}';
const price = ex.priceToPrecision(symbol, 64321.37);
const amount = ex.amountToPrecision(symbol, 0.002);
await ex.createOrder(symbol, 'limit', 'buy', amount, price);
