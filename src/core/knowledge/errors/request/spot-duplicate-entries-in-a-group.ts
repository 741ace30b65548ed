/** Knowledge of spot:-1189 DUPLICATE_ENTRIES_IN_A_GROUP. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1189'],
  meaning: 'A FIX repeating group contains duplicate entries. The message was rejected.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Remove the duplicate entries and resend.' },
  causes: [
    {
      id: 'fix-group-dup',
      title: 'Duplicate group entries',
      why: 'The same entry (e.g. symbol) was listed twice in one group.',
      fixes: [{ title: 'De-duplicate', steps: ['Build the group from a set of unique entries.'] }],
    },
  ],
};

export default knowledge;
