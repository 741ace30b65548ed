import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const DAY = 86400000;
let since = ex.milliseconds() - 30 * DAY; const end = ex.milliseconds(); const out = [];
for (; since < end; since += 7 * DAY) {
  out.push(...await ex.fetchMyTrades('{{ccxtSymbol}}', since, undefined, { endTime: Math.min(since + 7 * DAY - 1, end) }));
}
