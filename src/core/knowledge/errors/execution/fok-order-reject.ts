/** Knowledge of -5021 FOK_ORDER_REJECT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5021'],
  meaning: 'Your fill-or-kill (FOK) order could not be filled completely and at once at your price, so it was rejected as a whole. Nothing was filled, and the order is not kept in your order history.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Nothing was filled. Retry later, with a smaller size or a more generous price, or use IOC if partial fills are acceptable.',
  },
  causes: [
    {
      id: 'not-enough-depth',
      title: 'Not enough volume at your limit price',
      why: 'FOK needs the whole quantity available right now at your price or better; in a thin or moving book it is not.',
      fixes: [
        {
          title: 'Loosen the order',
          steps: [
            'Check the book (GET /fapi/v1/depth) before sending.',
            'Use IOC to accept a partial fill, reduce the size, or widen the limit price.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
