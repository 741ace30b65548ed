/** Knowledge of spot:-1181 TOO_MANY_MESSAGES. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1181'],
  meaning: 'Too many FIX messages in the time window; the message gives the limit.',
  retry: { verdict: 'retry-after-wait', outcome: 'rejected', advice: 'Rejected. Slow down to under the stated message rate, then continue.' },
  causes: [
    {
      id: 'fix-rate',
      title: 'FIX message rate exceeded',
      why: 'The session sends more messages per interval than allowed.',
      fixes: [
        {
          title: 'Throttle the session',
          steps: ['Add a rate limiter below the limit quoted in the message.', 'Batch requests where the API allows it.'],
        },
      ],
    },
  ],
};

export default knowledge;
