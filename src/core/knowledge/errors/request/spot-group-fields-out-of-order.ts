/** Knowledge of spot:-1173 GROUP_FIELDS_OUT_OF_ORDER. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1173'],
  meaning: 'Fields of a FIX repeating group are out of order. The message was rejected.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Order the group fields as specified and resend.' },
  causes: [
    {
      id: 'fix-group-order',
      title: 'Repeating group fields out of order',
      why: 'Each group entry must start with its first field and keep the defined order.',
      fixes: [{ title: 'Reorder the group', steps: ['Write each group entry’s fields in the order the specification gives.'] }],
    },
  ],
};

export default knowledge;
