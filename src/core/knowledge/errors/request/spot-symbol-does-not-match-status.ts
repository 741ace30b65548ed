/** Knowledge of spot:-1220 SYMBOL_DOES_NOT_MATCH_STATUS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1220'],
  meaning: 'The symbol’s status does not match the symbolStatus you filtered by. Nothing was returned for it.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Drop the symbolStatus filter or ask for the status the symbol really has.',
  },
  causes: [
    {
      id: 'status-mismatch',
      title: 'Symbol status differs from the filter',
      why: 'You asked about a symbol with symbolStatus=TRADING (for example) while it is halted or in another state.',
      fixes: [{ title: 'Check the status first', steps: ['Read the symbol’s status in GET /api/v3/exchangeInfo and adjust the filter.'] }],
    },
  ],
};

export default knowledge;
