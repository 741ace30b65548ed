/** Knowledge of -4054 ADD_ISOLATED_MARGIN_NO_POSITION_REJECT. */
import { hedgeMarginWithoutPositionSideCause } from '../../causes/hedge-margin-without-position-side';
import { hedgeMarginSideQuestion } from '../../questions/hedge-margin-side';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4054'],
  meaning: 'You tried to add margin to a position that is zero — either there is no position, or the request addressed a side that holds none.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Open the position first, or skip the margin adjustment.' },
  causes: [
    {
      id: 'no-position',
      title: 'No position to add margin to',
      why: 'The position was closed (or never opened) before the margin call ran, or in Hedge Mode the call named the side (LONG or SHORT) that is empty.',
      fixes: [
        {
          title: 'Check the position size first',
          steps: ['Read positionAmt (GET /fapi/v3/positionRisk) and only adjust margin when it is not 0.', 'In Hedge Mode check the positionAmt of the side you name.'],
        },
      ],
    },
    hedgeMarginWithoutPositionSideCause,
  ],
  tree: { start: 'hedge', questions: [hedgeMarginSideQuestion('no-position')] },
};

export default knowledge;
