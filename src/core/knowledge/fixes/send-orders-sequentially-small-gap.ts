/** Fix shared by several errors: Send orders sequentially with a small gap */
import { snippetSet } from '../snippet-set';
import type { Fix } from '../types';

export const sendOrdersSequentiallySmallGapFix: Fix = {
  title: 'Send orders sequentially with a small gap',
  steps: [
    'Replace parallel order placement (threads, Promise.all, asyncio.gather) with a queue.',
    'Leave a short gap between orders during busy markets.',
  ],
  snippets: snippetSet('snippets/back-off-send-fewer', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
};
