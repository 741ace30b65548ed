import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets();
const symbol = '{{ccxtSymbol}}';
const m = ex.market(symbol);
const last = (await ex.fetchTicker(symbol)).last;
const amount = ex.amountToPrecision(symbol, (m.limits.cost.min * 1.02) / last + m.precision.amount);
await ex.createOrder(symbol, 'market', 'buy', amount);
