/** Knowledge of -4169 JOINT_MARGIN_REJECT_WITH_MB. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4169'],
  meaning: 'You cannot change Multi-Assets mode because the margin balance in USD-M futures is too low.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Add margin or reduce positions, then try again.' },
  causes: [
    {
      id: 'low-margin-balance',
      title: 'Insufficient margin balance',
      why: 'Switching modes re-evaluates margin; the account would not stay sufficiently margined.',
      fixes: [{ title: 'Improve margin first', steps: ['Transfer funds into USD-M or reduce positions.', 'Retry the switch afterwards.'] }],
    },
  ],
};

export default knowledge;
