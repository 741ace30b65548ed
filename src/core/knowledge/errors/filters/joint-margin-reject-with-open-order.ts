/** Knowledge of -4170 JOINT_MARGIN_REJECT_WITH_OPEN_ORDER. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4170'],
  meaning: 'You cannot change Multi-Assets mode while there are open orders in USD-M futures.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Cancel open orders first, then switch.' },
  causes: [
    {
      id: 'open-orders',
      title: 'Open orders block the switch',
      why: 'The mode change requires no open orders on USD-M.',
      fixes: [
        {
          title: 'Cancel, switch, re-place',
          steps: ['Cancel open orders (including conditional ones), switch the mode, then place them again.'],
        },
      ],
    },
  ],
};

export default knowledge;
