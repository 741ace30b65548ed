import https from 'node:https';
import ccxt from 'ccxt';
// an agent that only connects over IPv4
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET, agent: new https.Agent({ family: 4 }) });
console.log((await ex.fetchBalance()).total);
