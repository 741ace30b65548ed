/** Knowledge of -4051 ISOLATED_BALANCE_INSUFFICIENT. */
import { hedgeMarginWithoutPositionSideCause } from '../../causes/hedge-margin-without-position-side';
import { hedgeMarginSideQuestion } from '../../questions/hedge-margin-side';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4051'],
  meaning: 'The isolated position does not have enough margin for this (usually removing more margin than it can spare, or removing it from a side that holds none).',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Remove less margin, or add margin instead.' },
  causes: [
    {
      id: 'isolated-balance-low',
      title: 'Removing more isolated margin than is free',
      why: 'An isolated position must keep enough margin for its size; you asked to take out more than the excess.',
      fixes: [
        {
          title: 'Use a smaller amount',
          steps: [
            'Check the position’s isolatedMargin and maintenance requirement (GET /fapi/v3/positionRisk).',
            'Remove only what is above the requirement, with a buffer.',
          ],
        },
      ],
    },
    hedgeMarginWithoutPositionSideCause,
  ],
  tree: { start: 'hedge', questions: [hedgeMarginSideQuestion('isolated-balance-low')] },
};

export default knowledge;
