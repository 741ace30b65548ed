import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
// on every socket reconnect, ask for the key again before subscribing
const { listenKey } = await ex.fapiPrivatePostListenKey();
console.log(listenKey);
