/** Knowledge of spot:-1179 BAD_SEQ_NUM. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1179'],
  meaning: 'The FIX MsgSeqNum was not the one Binance expected. The message names the expected number.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Resynchronise the sequence number (or reconnect with a reset) and resend.',
  },
  causes: [
    {
      id: 'fix-seq',
      title: 'Unexpected sequence number',
      why: 'A message was skipped or repeated, or two threads write to the same session.',
      fixes: [{ title: 'Keep the sequence in step', steps: ['Send from one writer, increment by one per message, and reset on reconnect.'] }],
    },
  ],
};

export default knowledge;
