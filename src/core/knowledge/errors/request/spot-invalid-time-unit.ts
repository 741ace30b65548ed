/** Knowledge of spot:-1194 INVALID_TIME_UNIT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1194'],
  meaning: 'The time unit requested is not valid. It must be MICROSECOND or MILLISECOND. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Send MICROSECOND or MILLISECOND (or leave it out for milliseconds).',
  },
  causes: [
    {
      id: 'bad-time-unit',
      title: 'Invalid time unit',
      why: 'The X-MBX-TIME-UNIT header (or timeUnit parameter) has another value or wrong case.',
      fixes: [{ title: 'Use a valid unit', steps: ['Send X-MBX-TIME-UNIT: MICROSECOND or MILLISECOND.'] }],
    },
  ],
};

export default knowledge;
