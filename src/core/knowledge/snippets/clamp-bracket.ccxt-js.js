import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const symbol = '{{ccxtSymbol}}';
const tiers = (await ex.fetchLeverageTiers([symbol]))[symbol];
const maxLev = Math.max(...tiers.map((t) => t.maxLeverage));
await ex.setLeverage(Math.floor(Math.min(25, maxLev)), symbol);
