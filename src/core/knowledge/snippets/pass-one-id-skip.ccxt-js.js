import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.fetchOrder('123456789', '{{ccxtSymbol}}');
await ex.cancelOrder(undefined, '{{ccxtSymbol}}', { origClientOrderId: 'bot-0001' });
