import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets();
const filters = ex.market('{{ccxtSymbol}}').info.filters;
const band = filters.find((x) => x.filterType === 'PERCENT_PRICE_BY_SIDE') || filters.find((x) => x.filterType === 'PERCENT_PRICE');
const avg = Number((await ex.publicGetAvgPrice({ symbol: '{{symbol}}' })).price);
const up = Number(band.bidMultiplierUp ?? band.multiplierUp);
const down = Number(band.bidMultiplierDown ?? band.multiplierDown);
console.log('BUY price must stay between', avg * down, 'and', avg * up);
