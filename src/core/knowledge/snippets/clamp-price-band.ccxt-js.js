import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets();
const symbol = '{{ccxtSymbol}}';
const band = ex.market(symbol).info.filters.find((f) => f.filterType === 'PERCENT_PRICE');
const mark = Number((await ex.fapiPublicGetPremiumIndex({ symbol: '{{symbol}}' })).markPrice);
const limit = Math.min(mark * 1.005, mark * Number(band.multiplierUp));
await ex.createOrder(symbol, 'limit', 'buy', 0.002, ex.priceToPrecision(symbol, limit), { timeInForce: 'IOC' });
