/** Knowledge of spot:-1188 INCORRECT_NUM_IN_GROUP_COUNT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1188'],
  meaning: 'The NumInGroup count of a FIX repeating group does not match the entries sent. The message was rejected.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Set the group count to the number of entries and resend.' },
  causes: [
    {
      id: 'fix-group-count',
      title: 'Wrong repeating-group count',
      why: 'The count tag says N entries but a different number follows.',
      fixes: [{ title: 'Count the entries', steps: ['Compute NumInGroup from the entries actually written.'] }],
    },
  ],
};

export default knowledge;
