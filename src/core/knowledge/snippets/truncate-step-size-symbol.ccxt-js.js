import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets(true);
const symbol = '{{ccxtSymbol}}';
const amount = ex.amountToPrecision(symbol, 0.0123456);
if (Number(amount) < ex.market(symbol).limits.amount.min) throw new Error('amount below minimum after rounding');
await ex.createOrder(symbol, 'market', 'buy', amount);
