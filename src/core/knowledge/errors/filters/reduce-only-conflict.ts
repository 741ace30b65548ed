/** Knowledge of -4062 REDUCE_ONLY_CONFLICT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4062'],
  meaning: 'The reduceOnly value is invalid or does not fit this order.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Fix or drop reduceOnly, then resend.' },
  causes: [
    {
      id: 'reduce-only-misused',
      title: 'reduceOnly sent where it is not allowed, or with a bad value',
      why: 'reduceOnly must be "true" or "false", cannot be sent in Hedge Mode and does not go with closePosition=true; some order types do not accept it.',
      fixes: [
        {
          title: 'Send reduceOnly only where it applies',
          steps: [
            'One-way Mode closing orders: reduceOnly=true.',
            'Hedge Mode: do not send it; use positionSide.',
            'With closePosition=true: do not send it.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
