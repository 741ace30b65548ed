/** Knowledge of spot:-1172 TAG_OUT_OF_ORDER. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1172'],
  meaning: 'A FIX tag was sent out of the required order. The message was rejected.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Put the tags in the required order and resend.' },
  causes: [
    {
      id: 'fix-order',
      title: 'FIX tag out of order',
      why: 'Header tags and repeating-group fields must follow the specified order.',
      fixes: [
        {
          title: 'Follow the required order',
          steps: ['Header: BeginString (8), BodyLength (9), MsgType (35) first, in that order; groups in their defined order.'],
        },
      ],
    },
  ],
};

export default knowledge;
