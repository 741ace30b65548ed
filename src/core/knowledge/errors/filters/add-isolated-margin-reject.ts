/** Knowledge of -4049 ADD_ISOLATED_MARGIN_REJECT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4049'],
  meaning: 'Adding or removing position margin only works on isolated positions; this position is cross-margined.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Switch the symbol to ISOLATED when flat, or stop adjusting margin on cross positions.',
  },
  causes: [
    {
      id: 'margin-adjust-on-cross',
      title: 'Margin adjustment on a cross position',
      why: 'POST /fapi/v1/positionMargin moves margin into or out of an isolated position; cross positions share the whole wallet, so there is nothing to adjust.',
      fixes: [
        {
          title: 'Check the margin type first',
          steps: ['Read marginType for the symbol.', 'Only call the position-margin endpoint for ISOLATED positions.'],
        },
      ],
    },
  ],
};

export default knowledge;
