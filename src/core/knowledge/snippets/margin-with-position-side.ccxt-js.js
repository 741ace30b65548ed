import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const { dualSidePosition } = await ex.fapiPrivateGetPositionSideDual();
const params = dualSidePosition ? { positionSide: 'LONG' } : {}; // the side whose isolated margin you change
await ex.addMargin('{{ccxtSymbol}}', 5, params); // reduceMargin(...) takes the same params
