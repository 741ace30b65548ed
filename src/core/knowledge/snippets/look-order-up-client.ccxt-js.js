import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
try {
  const order = await ex.fetchOrder(undefined, '{{ccxtSymbol}}', { origClientOrderId: 'bot-0001' });
  console.log('exists:', order.status, order.filled);
} catch (e) {
  if (e instanceof ccxt.OrderNotFound) console.log('not found yet: check again before resending');
  else throw e;
}
