import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const free = (await ex.fetchBalance()).USDT.free;
const lev = (await ex.fetchLeverage('{{ccxtSymbol}}')).longLeverage;
const price = (await ex.fetchTicker('{{ccxtSymbol}}')).last;
console.log('max qty ~', (free * lev * 0.95) / price);
