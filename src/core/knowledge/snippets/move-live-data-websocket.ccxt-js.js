import ccxt from 'ccxt';
const ex = new ccxt.pro.binanceusdm();
while (true) {
  const ticker = await ex.watchTicker('{{ccxtSymbol}}');
  console.log(ticker.last);
}
