import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const plain = await ex.fetchOpenOrders('{{ccxtSymbol}}');
const conditional = await ex.fetchOpenOrders('{{ccxtSymbol}}', undefined, undefined, { trigger: true });
console.log([...plain, ...conditional].map((o) => [o.id, o.type, o.side, o.amount, o.reduceOnly]));
