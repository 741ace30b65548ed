import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const t0 = Date.now();
const server = await ex.fetchTime();
const t1 = Date.now();
console.log('offset ms:', server - (t0 + t1) / 2, 'round trip ms:', t1 - t0);
