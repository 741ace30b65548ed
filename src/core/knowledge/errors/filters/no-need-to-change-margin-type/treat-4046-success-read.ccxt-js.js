import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
try {
  await ex.setMarginMode('isolated', '{{ccxtSymbol}}');
} catch (e) {
  if (!(e instanceof ccxt.MarginModeAlreadySet)) throw e; // -4046: already isolated
}
