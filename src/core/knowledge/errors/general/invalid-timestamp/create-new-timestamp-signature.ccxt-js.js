import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
// each call is signed at send time; do not put a saved timestamp into params
await ex.createOrder('{{ccxtSymbol}}', 'limit', 'buy', 0.002, 60000, { clientOrderId: 'bot-0002' });
