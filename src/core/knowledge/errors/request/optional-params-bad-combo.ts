/** Knowledge of -1128 OPTIONAL_PARAMS_BAD_COMBO. */
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
    {
      id: 'bad-combo',
      title: 'Optional parameters in a forbidden combination',
      why: 'Examples: orderId together with startTime/endTime on trade history, fromId with a time range, or on Spot one field of a pair that must travel together.',
      fixes: [
        {
          title: 'Send an allowed combination',
          steps: [
            'Read the endpoint page for which optional fields exclude or require each other.',
            'Spot messages name the fields: send both, or neither.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
