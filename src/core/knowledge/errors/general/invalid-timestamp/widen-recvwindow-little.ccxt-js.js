import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET, options: { recvWindow: 10000 } });
await ex.fetchBalance();
