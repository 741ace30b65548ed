import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const tiers = (await ex.fetchLeverageTiers(['{{ccxtSymbol}}']))['{{ccxtSymbol}}'];
for (const t of tiers) console.log(t.maxLeverage, 'x up to', t.maxNotional);
