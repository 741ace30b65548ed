import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
// a current ccxt routes createOrder(..., { stopLossPrice: 58000 }) here itself; the raw call:
await ex.fapiPrivatePostAlgoOrder({
  algoType: 'CONDITIONAL', symbol: '{{symbol}}', side: 'SELL', type: 'STOP_MARKET',
  triggerPrice: '58000', closePosition: 'true', workingType: 'MARK_PRICE',
});
