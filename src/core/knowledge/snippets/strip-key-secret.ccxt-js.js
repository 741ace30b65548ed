import ccxt from 'ccxt';
const apiKey = (process.env.API_KEY ?? '').trim(); const secret = (process.env.API_SECRET ?? '').trim();
console.log(apiKey.length, secret.length);
const ex = new ccxt.binanceusdm({ apiKey, secret });
console.log((await ex.fetchBalance()).USDT);
