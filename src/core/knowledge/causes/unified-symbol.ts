/** Cause shared by -1121 (futures and Spot): A ccxt-style symbol sent to a raw endpoint */
import { snippetSet } from '../snippet-set';
import type { Cause } from '../types';

export const unifiedSymbolCause: Cause = {
  id: 'unified-symbol',
  title: 'A ccxt-style symbol sent to a raw endpoint',
  why: '"BTC/USDT" or "BTC/USDT:USDT" are ccxt’s unified names. Raw REST calls (and implicit ccxt methods such as fapiPrivatePostOrder) need the exchange id "BTCUSDT".',
  fixes: [
    {
      title: 'Convert to the exchange id',
      steps: ['In ccxt: ex.market("BTC/USDT:USDT")["id"] gives "BTCUSDT".', 'Use unified names only with unified ccxt methods.'],
      snippets: snippetSet('snippets/send-exchange-symbol-id'),
    },
  ],
};
