/** Knowledge of spot:-1151 DUPLICATE_SYMBOLS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1151'],
  meaning: 'The same symbol appears more than once in the symbols list. Nothing was returned.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Remove duplicates from the list and query again.' },
  causes: [
    {
      id: 'dup-symbols',
      title: 'Duplicate symbols in a list',
      why: 'The symbols array contains a symbol twice.',
      fixes: [{ title: 'De-duplicate the list', steps: ['Build the list from a set before sending.'] }],
    },
  ],
};

export default knowledge;
