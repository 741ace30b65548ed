import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const last = (await ex.fetchTicker('{{ccxtSymbol}}')).last;
const trigger = Number(ex.priceToPrecision('{{ccxtSymbol}}', last * 0.98));
await ex.createOrder('{{ccxtSymbol}}', 'STOP_MARKET', 'sell', undefined, undefined, { stopPrice: trigger, closePosition: true, workingType: 'MARK_PRICE' });
