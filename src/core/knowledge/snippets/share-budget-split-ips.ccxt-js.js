import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
await ex.fetchTime();
const used = Number(ex.last_response_headers['x-mbx-used-weight-1m'] ?? 0);
if (used > 0.8 * 2400) await new Promise((r) => setTimeout(r, 60000 - (Date.now() % 60000)));
