import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets();
// keep ccxt current: old releases signed the raw non-ASCII symbol
console.log(ex.symbols.filter((s) => /[^\x00-\x7F]/.test(s)).slice(0, 3));
