/** Knowledge of spot:-2022. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-2022'],
  meaning: 'A cancel-replace failed completely: the cancel and the new order were both refused. Your old order, if it existed, is unchanged.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Read cancelResponse and newOrderResponse in the error body, fix both problems, then try again.',
  },
  causes: [
    {
      id: 'both-failed',
      title: 'Both the cancel and the new order failed',
      why: 'Typically the old order no longer exists (Unknown order) and the new order breaks a rule of its own. HTTP status 400.',
      fixes: [
        {
          title: 'Fix both halves',
          steps: [
            'Check the old order still exists (GET /api/v3/order).',
            'Fix the new order using its own error message, then resend (or place it with POST /api/v3/order).',
          ],
          snippets: snippetSet('snippets/look-up-cancel-only', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
