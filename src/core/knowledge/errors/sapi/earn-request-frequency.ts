/** Knowledge of sapi:-6009 REQUEST_FREQUENCY_TOO_HIGH (Savings / Simple Earn). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-6009'],
  meaning:
    'The Simple Earn (savings) service refused the request because your account sent requests to it too often. This limit is the service’s own, separate from the IP and UID weight limits of the rest of the API. Nothing was subscribed or redeemed.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Nothing was done. Wait a few seconds before sending again, and send these requests less often: subscriptions and redemptions are not meant to be polled.',
  },
  causes: [
    {
      id: 'earn-polling',
      title: 'A loop polls the Earn endpoints or retries at once',
      why: 'Bots that check positions or quotas every second, or resend a refused subscription immediately, hit the service’s own frequency limit long before the general weight limit. Earn reads are also heavy for the general limit (a product list or position read weighs 150).',
      fixes: [
        {
          title: 'Poll less and back off',
          steps: [
            'Read positions (GET /sapi/v1/simple-earn/flexible/position) and quotas at most every few minutes; they change slowly.',
            'After a refusal wait with a growing delay (2 s, 4 s, 8 s …) instead of retrying straight away.',
          ],
        },
      ],
    },
    {
      id: 'earn-shared-account',
      title: 'Several bots or scripts use the same account',
      why: 'The limit counts per account, so two processes that each stay under it can together go over it.',
      fixes: [
        {
          title: 'Run Earn operations from one place',
          steps: [
            'Let one process do all subscriptions and redemptions for the account, in a queue.',
            'Or give each process its own time slot, so their Earn calls do not overlap.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
