/** Cause shared by -1121 (futures and Spot): A futures symbol sent to Spot */
import { snippetSet } from '../snippet-set';
import type { Cause } from '../types';

export const futuresSymbolOnSpotCause: Cause = {
  id: 'futures-symbol-on-spot',
  title: 'A futures symbol (or futures intent) sent to Spot',
  why: 'Symbols such as 1000SHIBUSDT or BTCUSD_PERP exist only on futures; calling a Spot method (python-binance get_*/create_order, ccxt binance with the default type) sends them to /api/v3/.',
  fixes: [
    {
      title: 'Call the futures endpoint for futures symbols',
      steps: [
        'python-binance: futures_* methods for USD-M, futures_coin_* for COIN-M.',
        'ccxt: binanceusdm (or defaultType "future") with "BTC/USDT:USDT"; binancecoinm with "BTC/USD:BTC".',
      ],
      snippets: snippetSet('snippets/send-exchange-symbol-id'),
    },
  ],
};
