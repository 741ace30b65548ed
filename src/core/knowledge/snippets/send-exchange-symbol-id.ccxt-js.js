import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.loadMarkets();
console.log('BTC/USDT:USDT' in ex.markets, ex.market('BTC/USDT:USDT').id); // unified symbol -> BTCUSDT
