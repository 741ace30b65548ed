/** Knowledge of sapi:-6013 PURCHASING_FAILED and sapi:-6019 PENDING ("Need confirm"): Simple Earn answers that do not say plainly that nothing happened. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-6013', 'sapi:-6019'],
  meaning:
    'A Simple Earn subscription or redemption did not complete normally: Binance’s side failed while processing it (-6013 “Purchasing failed”), or it is waiting for a confirmation before it can go on (-6019 “Need confirm”). Usually nothing was moved, but the answer does not say so for certain.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Do not send it again blindly. First look the operation up in your subscription or redemption records; only if it is not there (and your balance has not changed) send it once more.',
  },
  causes: [
    {
      id: 'earn-processing-failed',
      title: 'Binance’s side failed while processing the subscription (-6013)',
      why: 'The request was valid but the Earn service could not complete it — a busy moment, a product that filled up in the meantime, or an internal error. Usually nothing moved, but a retry loop can subscribe twice if the first one did go through.',
      fixes: [
        {
          title: 'Check the records, then retry once',
          steps: [
            'Look for the operation in GET /sapi/v1/simple-earn/flexible/history/subscriptionRecord (locked: /sapi/v1/simple-earn/locked/history/subscriptionRecord) and compare your Spot/Funding balance with before.',
            'If it is not there, wait a little and send it once more; if it fails again, check the product’s status (canPurchase) before trying further.',
          ],
        },
      ],
    },
    {
      id: 'earn-pending-record',
      title: 'The operation is pending and must settle first (-6019)',
      why: 'Some subscriptions and redemptions are processed in two steps; while one is pending, a new request for the same product waits for it to be confirmed. Redemptions in particular can take a while to reach the wallet.',
      fixes: [
        {
          title: 'Wait for the pending operation',
          steps: [
            'Check the latest entries and their status in GET /sapi/v1/simple-earn/flexible/history/redemptionRecord or …/subscriptionRecord.',
            'Wait until the pending one has completed before sending another for the same product.',
          ],
        },
      ],
    },
    {
      id: 'earn-terms-not-confirmed',
      title: 'The product wants a confirmation in the app first (-6019)',
      why: 'Some products ask you to accept their terms or a risk notice the first time you use them. The API cannot give that confirmation; until it is given in the app or on the website, requests wait for it.',
      fixes: [
        {
          title: 'Confirm once in the app',
          steps: [
            'Open the product in the app or on the website with the same account and go through the subscription screen until it asks for no confirmation.',
            'Then send the API request again.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
