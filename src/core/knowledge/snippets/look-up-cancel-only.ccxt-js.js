import ccxt from 'ccxt';
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const o = await ex.fetchOrder(undefined, '{{ccxtSymbol}}', { origClientOrderId: 'bot-0001' });
if (o.status === 'open') await ex.cancelOrder(o.id, '{{ccxtSymbol}}');
