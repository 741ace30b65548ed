/** Knowledge of spot:-1186 NOT_ALLOWED_IN_ORDER_ENTRY_SESSIONS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1186'],
  meaning: 'The requested operation is not allowed in an order-entry FIX session. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Use the session type that supports this operation (e.g. market data).',
  },
  causes: [
    {
      id: 'fix-order-entry',
      title: 'Operation not allowed in order entry',
      why: 'Market-data requests belong to a market-data session.',
      fixes: [{ title: 'Use the matching session', steps: ['Open a market-data session for market data.'] }],
    },
  ],
};

export default knowledge;
