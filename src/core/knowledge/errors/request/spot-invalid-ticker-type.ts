/** Knowledge of spot:-1139 INVALID_TICKER_TYPE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1139'],
  meaning: 'The ticker type is not valid. It must be FULL or MINI. Nothing was returned.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Send type=FULL or type=MINI.' },
  causes: [
    {
      id: 'bad-ticker-type',
      title: 'Invalid ticker type',
      why: 'The ticker endpoints accept only FULL or MINI as type.',
      fixes: [{ title: 'Use FULL or MINI', steps: ['Send type=FULL (default) or type=MINI in upper case.'] }],
    },
  ],
};

export default knowledge;
