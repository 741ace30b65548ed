/** Knowledge of spot:-1190 INVALID_REQUEST_ID. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1190'],
  meaning: 'The MDReqID is already used by an active subscription, or an unsubscribe names an id that has no subscription.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Use a fresh MDReqID to subscribe, or the id of an active subscription to unsubscribe.',
  },
  causes: [
    {
      id: 'fix-mdreqid',
      title: 'MDReqID clash or unknown',
      why: 'Subscription ids must be unique per connection; unsubscribe must reference a live one.',
      fixes: [{ title: 'Track subscription ids', steps: ['Keep a map of active MDReqIDs and reuse none of them.'] }],
    },
  ],
};

export default knowledge;
