/** Knowledge of spot:-1168 BOTH_OCO_ORDERS_CANNOT_BE_LIMIT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1168'],
  meaning: 'Both legs of the OCO were plain limit orders; at least one must be a contingent (stop or take-profit) order. Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Make one leg a stop or take-profit type and send again.' },
  causes: [
    {
      id: 'no-contingent',
      title: 'No contingent leg',
      why: 'An OCO needs a trigger leg, e.g. LIMIT_MAKER plus STOP_LOSS_LIMIT.',
      fixes: [{ title: 'Add a contingent leg', steps: ['Use a STOP_LOSS(_LIMIT) or TAKE_PROFIT(_LIMIT) type for one leg.'] }],
    },
  ],
};

export default knowledge;
