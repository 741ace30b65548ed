import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.createOrder('{{ccxtSymbol}}', 'limit', 'buy', 0.002, 60000);
const h = ex.last_response_headers;
console.log(h['x-mbx-order-count-10s'], h['x-mbx-order-count-1m']);
