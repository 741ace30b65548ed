/** Knowledge of spot:-1174 INVALID_COMPONENT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1174'],
  meaning: 'A FIX component is filled in incorrectly for this order; the message suggests the fix. Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Apply the recommendation in the message and resend.' },
  causes: [
    {
      id: 'fix-component',
      title: 'Badly populated FIX component',
      why: 'A component (e.g. an order list leg) lacks required fields or has conflicting ones.',
      fixes: [{ title: 'Follow the recommendation', steps: ['Read the Recommendation part of the message and fill the component accordingly.'] }],
    },
  ],
};

export default knowledge;
