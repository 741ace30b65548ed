/** Knowledge of -4048 THERE_EXISTS_QUANTITY. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4048'],
  meaning: 'The margin type of a symbol cannot be changed while you hold a position in it.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Close the position first, or keep the current margin type.' },
  causes: [
    {
      id: 'position-blocks-margin-change',
      title: 'An open position on the symbol',
      why: 'Switching CROSSED/ISOLATED is only possible with no position; a leftover, even tiny, blocks it.',
      fixes: [
        {
          title: 'Close, then switch — or skip the switch',
          steps: [
            'Check GET /fapi/v3/positionRisk for the symbol.',
            'Close the position (reduce-only), then change the margin type.',
            'Most bots should set the margin type only when flat.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
