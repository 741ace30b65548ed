import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
console.log(await ex.fapiPrivateGetMultiAssetsMargin());
