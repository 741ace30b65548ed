import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const mode = await ex.fapiPrivateGetPositionSideDual();
const hedge = mode.dualSidePosition === true || mode.dualSidePosition === 'true';
await ex.createOrder('{{ccxtSymbol}}', 'market', 'buy', 0.002, undefined, hedge ? { positionSide: 'LONG' } : {});
