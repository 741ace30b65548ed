import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET, options: { adjustForTimeDifference: true } });
await ex.loadMarkets(); // measures the offset
setInterval(() => ex.loadTimeDifference(), 5 * 60 * 1000); // keep it fresh
