/** Knowledge of spot:-2038 ORDER_AMEND_REJECTED. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-2038'],
  meaning: 'Binance refused to amend the order (amend keep-priority). The message gives the reason, e.g. amend not supported for the symbol, a quantity increase, or no change at all.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Fix what the message says — only quantity decreases are allowed, and the new quantity must differ — then try again.',
  },
  causes: [
    {
      id: 'amend-rejected',
      title: 'Order amendment not allowed',
      why: 'Amend keep-priority (PUT /api/v3/order/amend/keepPriority) only lowers quantity, only on symbols that allow it, and rejects requests that would not change anything.',
      fixes: [
        {
          title: 'Send a valid amendment',
          steps: [
            'Check the symbol allows amends (amendAllowed in exchangeInfo).',
            'Send a newQty smaller than the current quantity; to increase, cancel and place a new order.',
          ],
          snippets: snippetSet('snippets/check-symbol-status', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
