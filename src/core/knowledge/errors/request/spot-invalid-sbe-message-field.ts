/** Knowledge of spot:-1221 INVALID_SBE_MESSAGE_FIELD. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1221'],
  meaning: 'An SBE request has invalid or missing fields. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Fill every required field of the SBE message and resend.' },
  causes: [
    {
      id: 'sbe-fields',
      title: 'Invalid SBE message fields',
      why: 'The encoded message lacks a field or carries an out-of-range value.',
      fixes: [{ title: 'Regenerate and check the encoder', steps: ['Use the current schema and check required fields before encoding.'] }],
    },
  ],
};

export default knowledge;
