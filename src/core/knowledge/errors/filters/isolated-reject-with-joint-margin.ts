/** Knowledge of -4167 ISOLATED_REJECT_WITH_JOINT_MARGIN. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4167'],
  meaning: 'You cannot switch to Multi-Assets mode while some USD-M symbols are in isolated margin.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Switch those symbols to CROSSED (when flat) first.' },
  causes: [
    {
      id: 'isolated-symbols',
      title: 'Isolated-margin symbols exist',
      why: 'Multi-Assets mode only works with cross margin on every symbol.',
      fixes: [
        {
          title: 'Make every symbol cross first',
          steps: [
            'Find symbols with marginType ISOLATED (GET /fapi/v1/symbolConfig).',
            'Switch them to CROSSED when they have no position/orders, then enable Multi-Assets mode.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
