import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const { dualSidePosition } = await ex.fapiPrivateGetPositionSideDual();
const params = dualSidePosition ? { positionSide: 'LONG' } : { reduceOnly: true };
await ex.createOrder('{{ccxtSymbol}}', 'market', 'sell', 0.01, undefined, params);
