/** Knowledge of spot:-1191 TOO_MANY_SUBSCRIPTIONS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1191'],
  meaning: 'Too many market-data subscriptions on this connection, or a similar subscription is already active.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Reuse the existing subscription or stay under the subscription limit.',
  },
  causes: [
    {
      id: 'fix-subs',
      title: 'Subscription limit or duplicate subscription',
      why: 'The connection already holds the maximum number of subscriptions, or one for the same symbol and type.',
      fixes: [
        {
          title: 'Reuse or spread subscriptions',
          steps: ['Unsubscribe what you no longer need, reuse active ones, or open another connection.'],
        },
      ],
    },
  ],
};

export default knowledge;
