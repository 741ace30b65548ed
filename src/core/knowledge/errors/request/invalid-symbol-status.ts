/** Knowledge of -1122 INVALID_SYMBOL_STATUS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1122'],
  meaning: 'The symbol status (symbolStatus) you filtered by, or the symbol’s current status, is not valid for this request. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Use a valid symbolStatus value, or a symbol whose status allows this action.',
  },
  causes: [
    {
      id: 'bad-status',
      title: 'Invalid symbol status',
      why: 'The symbolStatus filter value is not one of the documented values (e.g. TRADING, HALT, BREAK), or the symbol is in a status where the request is not allowed.',
      fixes: [
        {
          title: 'Check the status value and the symbol',
          steps: ['Use a documented status enum in upper case.', 'Check the symbol’s status in exchangeInfo before trading it.'],
        },
      ],
    },
  ],
};

export default knowledge;
