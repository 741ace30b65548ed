/** Knowledge of spot:-2042 MAXIMUM_SUBSCRIPTION_IDS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-2042'],
  meaning: 'This WebSocket API connection has reached the maximum number of subscription ids.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Unsubscribe unused subscriptions or open another connection.' },
  causes: [
    {
      id: 'max-subs',
      title: 'Too many subscriptions on the connection',
      why: 'Each subscription uses an id; the connection has run out.',
      fixes: [{ title: 'Reuse or spread subscriptions', steps: ['Unsubscribe ones you no longer use, or open a new connection.'] }],
    },
  ],
};

export default knowledge;
