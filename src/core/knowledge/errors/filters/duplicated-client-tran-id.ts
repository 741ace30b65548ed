/** Knowledge of -4115 DUPLICATED_CLIENT_TRAN_ID, coinm:-4111 DUPLICATED_CLIENT_TRAN_ID. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4115', 'coinm:-4111'],
  meaning: 'The clientTranId was already used: it must be unique for 7 days.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'rejected',
    advice: 'This request was refused, but the id was used before — most likely by your own earlier attempt, which may have gone through. Check that earlier transaction before doing anything else.',
  },
  causes: [
    {
      id: 'reused-tran-id',
      title: 'clientTranId reused within 7 days',
      why: 'A retry with the same id, or an id generator that repeats, hits the 7-day uniqueness rule. If it is a retry, the first attempt may already have succeeded.',
      fixes: [
        {
          title: 'Check the first attempt, then use fresh ids',
          steps: [
            'Look up the earlier transaction with that id before retrying.',
            'Generate ids that cannot repeat within 7 days (e.g. timestamp + random).',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
