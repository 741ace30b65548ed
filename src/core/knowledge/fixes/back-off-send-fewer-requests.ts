/** Fix shared by several errors: Back off and send fewer requests in parallel */
import { snippetSet } from '../snippet-set';
import type { Fix } from '../types';

export const backOffSendFewerRequestsFix: Fix = {
  title: 'Back off and send fewer requests in parallel',
  steps: [
    'Retry with growing pauses and a cap of a few tries.',
    'Send orders one after another instead of in a parallel burst.',
    'Use streams for prices and account updates so fewer REST calls compete at peaks.',
  ],
  snippets: snippetSet('snippets/back-off-send-fewer', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
};
