/** Knowledge of spot:-1170 TAG_NOT_DEFINED_IN_MESSAGE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1170'],
  meaning: 'A FIX tag was used in a message type that does not define it. The message was rejected.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Remove the tag from this message type and resend.' },
  causes: [
    {
      id: 'fix-tag-not-defined',
      title: 'Tag not allowed in this message type',
      why: 'The tag exists but not for this MsgType.',
      fixes: [{ title: 'Send only the tags of this message', steps: ['Check which tags the message type allows.'] }],
    },
  ],
};

export default knowledge;
