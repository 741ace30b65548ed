import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const symbol = '{{ccxtSymbol}}';
for (const p of await ex.fetchPositions([symbol])) {
  if (!p.contracts) continue;
  await ex.createOrder(symbol, 'market', p.side === 'long' ? 'sell' : 'buy', p.contracts, undefined, { reduceOnly: true });
}
