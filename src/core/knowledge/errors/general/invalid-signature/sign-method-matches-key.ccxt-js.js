import fs from 'node:fs';
import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: fs.readFileSync('ed25519-private.pem', 'utf8') });
console.log((await ex.fetchBalance()).USDT);
