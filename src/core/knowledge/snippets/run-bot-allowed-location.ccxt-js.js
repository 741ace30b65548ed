import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
try {
  await ex.fetchTime();
} catch (e) {
  if (e instanceof ccxt.ExchangeNotAvailable && /restricted location|451|from your country/.test(String(e.message))) {
    console.error('Blocked by location: move the bot; retrying will not help');
    process.exit(1);
  }
  throw e;
}
