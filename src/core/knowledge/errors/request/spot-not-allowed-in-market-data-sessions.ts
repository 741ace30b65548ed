/** Knowledge of spot:-1187 NOT_ALLOWED_IN_MARKET_DATA_SESSIONS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1187'],
  meaning: 'The requested operation is not allowed in a market-data FIX session. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Send orders through an order-entry session.' },
  causes: [
    {
      id: 'fix-md',
      title: 'Operation not allowed in market data',
      why: 'Orders cannot be sent on a market-data session.',
      fixes: [{ title: 'Use an order-entry session', steps: ['Open an order-entry session for trading.'] }],
    },
  ],
};

export default knowledge;
