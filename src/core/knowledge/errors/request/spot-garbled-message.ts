/** Knowledge of spot:-1177 GARBLED_MESSAGE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1177'],
  meaning: 'The FIX message is garbled: a checksum, body length, header order or character problem. It was rejected.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Fix the message framing and resend.' },
  causes: [
    {
      id: 'fix-garbled',
      title: 'Malformed FIX message',
      why: 'Wrong CheckSum (10), wrong BodyLength (9), BeginString (8) not first, MsgType (35) not third, non-printable characters other than SOH, a tag without a value, or an invalid encoding type.',
      fixes: [
        {
          title: 'Fix the framing',
          steps: ['Compute BodyLength and CheckSum after the body is final.', 'Use SOH (\\x01) as separator and printable ASCII only.'],
        },
      ],
    },
  ],
};

export default knowledge;
