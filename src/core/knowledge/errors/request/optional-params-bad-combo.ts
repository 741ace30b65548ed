/** Knowledge of -1128 OPTIONAL_PARAMS_BAD_COMBO. */
import { badComboCause } from '../../causes/bad-combo';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1128'],
  meaning: 'Some optional parameters were combined in a way the endpoint does not allow (for example two that must be sent together, or two that exclude each other). Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Send the optional parameters in an allowed combination and try again.',
  },
  causes: [
    badComboCause,
  ],
};

export default knowledge;
