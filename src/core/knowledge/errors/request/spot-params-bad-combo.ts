/** Knowledge of spot:-1182 PARAMS_BAD_COMBO. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1182'],
  meaning: 'The FIX message contains fields that conflict with each other; the message lists them. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Remove one of the conflicting fields and resend.' },
  causes: [
    {
      id: 'fix-conflict',
      title: 'Conflicting FIX fields',
      why: 'Two fields that exclude each other were both set.',
      fixes: [{ title: 'Send only one of them', steps: ['Remove one of the fields named in the message.'] }],
    },
  ],
};

export default knowledge;
