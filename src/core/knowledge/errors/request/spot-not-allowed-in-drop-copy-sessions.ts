/** Knowledge of spot:-1183 NOT_ALLOWED_IN_DROP_COPY_SESSIONS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1183'],
  meaning: 'The requested operation is not allowed in a Drop Copy session. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Send orders through an order-entry session instead.' },
  causes: [
    {
      id: 'fix-dropcopy',
      title: 'Operation not allowed in Drop Copy',
      why: 'Drop Copy sessions are read-only copies of your executions.',
      fixes: [{ title: 'Use an order-entry session', steps: ['Open an order-entry FIX session for trading.'] }],
    },
  ],
};

export default knowledge;
