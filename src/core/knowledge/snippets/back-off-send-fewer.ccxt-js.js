import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
for (const price of [60000, 59900, 59800]) { // sequential, not Promise.all
  await ex.createOrder('{{ccxtSymbol}}', 'limit', 'buy', 0.002, price);
  await new Promise((r) => setTimeout(r, 200));
}
