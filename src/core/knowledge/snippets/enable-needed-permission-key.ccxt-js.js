import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY.trim(), secret: process.env.API_SECRET.trim() });
ex.checkRequiredCredentials();
console.log((await ex.fetchBalance()).USDT); // signed: works only if the secret matches the key
