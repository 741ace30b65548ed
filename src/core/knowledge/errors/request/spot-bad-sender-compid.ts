/** Knowledge of spot:-1178 BAD_SENDER_COMPID. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1178'],
  meaning: 'SenderCompID changed during the session or has a wrong value. The message was rejected.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Use the same SenderCompID for the whole session.' },
  causes: [
    {
      id: 'fix-sender',
      title: 'SenderCompID changed',
      why: 'The SenderCompID must stay the same for the lifetime of a session.',
      fixes: [{ title: 'Keep one SenderCompID', steps: ['Set it once at logon and reuse it in every message.'] }],
    },
  ],
};

export default knowledge;
