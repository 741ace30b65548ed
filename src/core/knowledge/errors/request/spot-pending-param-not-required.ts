/** Knowledge of spot:-1225 PENDING_PARAM_NOT_REQUIRED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1225'],
  meaning: 'A pending order of the order list carries a parameter it must not have; the message names it. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Remove the named parameter from the pending order and send again.',
  },
  causes: [
    {
      id: 'pending-param',
      title: 'Pending order with a forbidden parameter',
      why: 'Some fields belong only to the working leg.',
      fixes: [{ title: 'Remove it', steps: ['Drop the named pending* parameter.'] }],
    },
  ],
};

export default knowledge;
