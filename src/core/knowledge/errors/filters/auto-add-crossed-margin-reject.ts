/** Knowledge of -4053 AUTO_ADD_CROSSED_MARGIN_REJECT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4053'],
  meaning: 'Auto-add-margin only applies to isolated positions; this one is cross.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Only use auto-add-margin on ISOLATED positions.' },
  causes: [
    {
      id: 'auto-add-on-cross',
      title: 'Auto-add-margin requested for a cross position',
      why: 'Cross positions already draw on the whole wallet, so the feature does not apply.',
      fixes: [{ title: 'Check the margin type first', steps: ['Read the symbol’s marginType; only call it for ISOLATED.'] }],
    },
  ],
};

export default knowledge;
