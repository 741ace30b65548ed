import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.createOrder('{{ccxtSymbol}}', 'STOP_MARKET', 'sell', undefined, undefined, { stopPrice: 58000, closePosition: true });
