import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
for (const p of await ex.fetchPositions(['{{ccxtSymbol}}'])) {
  if (p.contracts) await ex.createOrder('{{ccxtSymbol}}', 'market', p.side === 'long' ? 'sell' : 'buy', p.contracts, undefined, { reduceOnly: true });
}
