import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
try {
  await ex.cancelOrder(undefined, '{{ccxtSymbol}}', { origClientOrderId: 'bot-0001' });
} catch (e) {
  if (!(e instanceof ccxt.OrderNotFound)) throw e;
  const o = await ex.fetchOrder(undefined, '{{ccxtSymbol}}', { origClientOrderId: 'bot-0001' });
  console.log('already', o.status, o.filled);
}
