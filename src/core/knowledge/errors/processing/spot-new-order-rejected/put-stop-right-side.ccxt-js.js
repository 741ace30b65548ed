import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const last = (await ex.fetchTicker('{{ccxtSymbol}}')).last;
const stop = Number(ex.priceToPrecision('{{ccxtSymbol}}', last * 0.98));
await ex.createOrder('{{ccxtSymbol}}', 'STOP_LOSS_LIMIT', 'sell', 0.001, Number(ex.priceToPrecision('{{ccxtSymbol}}', stop * 0.999)), { stopPrice: stop, timeInForce: 'GTC' });
