/** Knowledge of spot:-1169 INVALID_TAG_NUMBER. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1169'],
  meaning: 'A FIX message contained a tag number that does not exist. The message was rejected.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Fix the tag number in your FIX message and resend.' },
  causes: [
    {
      id: 'fix-bad-tag',
      title: 'Invalid FIX tag number',
      why: 'The tag is not in Binance’s FIX dictionary (typo or a tag from another venue).',
      fixes: [{ title: 'Use Binance’s FIX dictionary', steps: ['Compare your tags with Binance’s FIX API specification.'] }],
    },
  ],
};

export default knowledge;
