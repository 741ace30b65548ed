import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
try {
  await ex.fetchBalance();
} catch (e) {
  if (!(e instanceof ccxt.DDoSProtection)) throw e;
  const m = /banned until (\d+)/.exec(String(e.message));
  const ms = m ? Number(m[1]) - Date.now() : 60000;
  await new Promise((r) => setTimeout(r, Math.max(ms, 1000)));
}
