import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
for (const ms of [500, 1000, 2000, 4000]) {
  try { console.log((await ex.fetchOrder(undefined, '{{ccxtSymbol}}', { origClientOrderId: 'bot-0001' })).status); break; }
  catch (e) { if (!(e instanceof ccxt.OrderNotFound)) throw e; await new Promise((r) => setTimeout(r, ms)); }
}
