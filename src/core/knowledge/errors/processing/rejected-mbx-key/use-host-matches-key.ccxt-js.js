import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
ex.setSandboxMode(true); // testnet keys only
console.log((await ex.fetchBalance()).USDT);
