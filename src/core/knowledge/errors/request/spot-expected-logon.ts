/** Knowledge of spot:-1180 EXPECTED_LOGON. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1180'],
  meaning: 'The first message on a FIX session must be Logon. The message was rejected.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Send Logon first, then other messages.' },
  causes: [
    {
      id: 'fix-no-logon',
      title: 'Messages before Logon',
      why: 'The client sent orders or requests before logging on.',
      fixes: [{ title: 'Log on first', steps: ['Wait for the Logon reply before sending anything else.'] }],
    },
  ],
};

export default knowledge;
