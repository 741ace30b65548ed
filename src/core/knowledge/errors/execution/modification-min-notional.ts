/** Knowledge of -5029 MODIFICATION_MIN_NOTIONAL. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5029'],
  meaning: 'After your modification the order’s value (price × quantity) would be under the symbol’s minimum notional, shown in the message.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Keep the modified order at or above the minimum value, or cancel it instead.',
  },
  causes: [
    {
      id: 'modified-below-floor',
      title: 'Amendment makes the order too small',
      why: 'Lowering quantity or price in a modify is checked against MIN_NOTIONAL like a new order.',
      fixes: [
        {
          title: 'Keep the value above the floor',
          steps: [
            'Read MIN_NOTIONAL.notional from GET /fapi/v1/exchangeInfo.',
            'Check price × quantity before amending; cancel instead if the remainder is too small.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
