/** Knowledge of -5025 LIMIT_ORDER_ONLY, coinm:-4196 LIMIT_ORDER_ONLY. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5025', 'coinm:-4196'],
  meaning: 'Only LIMIT orders can be modified; the order you tried to amend is another type.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Cancel the order and place a new one instead of modifying it.' },
  causes: [
    {
      id: 'modify-non-limit',
      title: 'Modify used on a non-LIMIT order',
      why: 'PUT /fapi/v1/order (order amendment) supports LIMIT orders only; stops and other types must be replaced.',
      fixes: [
        {
          title: 'Cancel and re-place',
          steps: [
            'Cancel the order, then place the new version.',
            'Conditional orders live on the Algo endpoints and cannot be modified at all before they trigger.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
