/** Knowledge of spot:-1175 RESET_SEQ_NUM_SUPPORT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1175'],
  meaning: 'A new FIX session tried to continue the previous session’s sequence numbers; Binance requires a reset for each new session.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Log on with sequence numbers reset (ResetSeqNumFlag (141)=Y, MsgSeqNum 1).',
  },
  causes: [
    {
      id: 'fix-seq-reset',
      title: 'Sequence numbers not reset',
      why: 'Binance does not support continuing sequence numbers across sessions.',
      fixes: [{ title: 'Reset on every logon', steps: ['Send Logon with ResetSeqNumFlag=Y and start at MsgSeqNum=1.'] }],
    },
  ],
};

export default knowledge;
