import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
let key = (await ex.fapiPrivatePostListenKey()).listenKey;
setInterval(async () => {
  try { await ex.fapiPrivatePutListenKey(); }
  catch (e) { key = (await ex.fapiPrivatePostListenKey()).listenKey; /* reconnect with the new key */ }
}, 30 * 60 * 1000);
