import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const p = await ex.sapiGetAccountApiRestrictions();
console.log(p.enableFutures, p.enableSpotAndMarginTrading, p.ipRestrict);
