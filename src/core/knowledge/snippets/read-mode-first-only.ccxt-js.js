import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const WANT_HEDGE = false;
const mode = await ex.fapiPrivateGetPositionSideDual();
const current = mode.dualSidePosition === true || mode.dualSidePosition === 'true';
if (current !== WANT_HEDGE) await ex.setPositionMode(WANT_HEDGE);
