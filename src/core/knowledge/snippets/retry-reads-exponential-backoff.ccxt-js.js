import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
let balance;
for (const delay of [200, 400, 800, 1600, 3200]) { // reads only
  try { balance = await ex.fetchBalance(); break; }
  catch (e) { if (!(e instanceof ccxt.OperationFailed)) throw e; await new Promise((r) => setTimeout(r, delay)); }
}
