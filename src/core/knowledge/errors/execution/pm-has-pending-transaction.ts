/** Knowledge of pm:51007 HAS_PENDING_TRANSACTION. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['pm:51007'],
  meaning: 'A borrow or repayment for your account is still being processed, so a new one cannot start yet.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 5,
    advice: 'Wait a few seconds for the pending borrow/repay to finish, then try again once.',
  },
  causes: [
    {
      id: 'pending-loan-op',
      title: 'A previous borrow/repay is still pending',
      why: 'Borrow and repay requests are processed one at a time; sending the next too quickly, or retrying a slow one, hits this.',
      fixes: [
        {
          title: 'Wait for the previous one',
          steps: ['Check your loan/repay records before retrying.', 'Serialise borrow and repay calls.'],
        },
      ],
    },
  ],
};

export default knowledge;
