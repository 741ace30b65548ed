import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const cid = 'bot-' + Date.now().toString(36);
try {
  await ex.createOrder('{{ccxtSymbol}}', 'market', 'buy', 0.002, undefined, { clientOrderId: cid });
} catch (e) {
  if (!(e instanceof ccxt.OperationFailed)) throw e;
  console.log(await ex.fetchOrder(undefined, '{{ccxtSymbol}}', { origClientOrderId: cid }));
}
