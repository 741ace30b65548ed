/** Knowledge of -5027 SAME_ORDER, coinm:-4197 SAME_ORDER. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5027', 'coinm:-4197'],
  meaning: 'The modification you asked for would not change the order (same price and quantity). Nothing needed to change.',
  retry: {
    verdict: 'nothing-to-do',
    outcome: 'no-change',
    advice: 'Nothing to do: the order already has those values. Stop treating this reply as an error.',
  },
  causes: [
    {
      id: 'same-values',
      title: 'Modify sent with unchanged values',
      why: 'Repricing logic that does not compare the new price with the current one sends no-op amendments.',
      fixes: [
        {
          title: 'Skip no-op amendments',
          steps: [
            'Compare the new price/quantity with the order’s current values before sending a modify.',
            'Ignore -5027 (COIN-M -4197) in your error handling.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
