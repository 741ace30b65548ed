import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.createOrder('{{ccxtSymbol}}', 'STOP_LOSS_LIMIT', 'sell', 0.001, 57900, { stopPrice: 58000, timeInForce: 'GTC' });
