/** Knowledge of spot:-1171 TAG_APPEARS_MORE_THAN_ONCE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1171'],
  meaning: 'A FIX tag appears more than once. The message was rejected.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Send each tag once (outside repeating groups) and resend.' },
  causes: [
    {
      id: 'fix-dup-tag',
      title: 'Duplicate FIX tag',
      why: 'The same tag was written twice, often by a message builder appending defaults.',
      fixes: [{ title: 'Write each tag once', steps: ['Check your builder does not add a tag that you also set yourself.'] }],
    },
  ],
};

export default knowledge;
