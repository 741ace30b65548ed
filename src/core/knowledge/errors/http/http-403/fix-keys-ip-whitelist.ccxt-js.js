import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
try {
  await ex.fetchBalance();
} catch (e) {
  console.log(e.constructor.name, String(e.message).slice(0, 400));
}
