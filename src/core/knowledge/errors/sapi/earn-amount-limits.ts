/**
 * Knowledge of the Simple Earn subscription-size codes: sapi:-6005 DAILY_LOWER_THAN_MIN_PURCHASE_LIMIT,
 * -6011 EXCEEDED_USER_PURCHASE_LIMIT, -6014 UPDATE_FAILED ("Exceed up-limit allowed to purchased").
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-6005', 'sapi:-6011', 'sapi:-6014'],
  meaning:
    'A Simple Earn subscription asked for an amount outside what the product accepts from you: below its minimum (-6005), or above what you may still put in — your personal quota for the product (-6011) or the amount left that it allows (-6014). Nothing was subscribed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was subscribed. Resending the same amount fails the same way: read the product’s minimum and your remaining quota, then subscribe an amount between the two.',
  },
  causes: [
    {
      id: 'earn-below-minimum',
      title: 'The amount is below the product’s minimum (-6005)',
      why: 'Every product has a minimum subscription (minPurchaseAmount for flexible products, the quota’s minimum for locked ones). Small test amounts, or an amount rounded down to the asset’s precision, fall under it.',
      fixes: [
        {
          title: 'Subscribe at least the minimum',
          steps: [
            'Read minPurchaseAmount from GET /sapi/v1/simple-earn/flexible/list (locked: the minimum in the product’s quota in GET /sapi/v1/simple-earn/locked/list).',
            'Subscribe that much or more; if your balance is smaller, wait until it grows instead of retrying.',
          ],
        },
      ],
    },
    {
      id: 'earn-personal-quota-used',
      title: 'Your personal quota for the product is used up (-6011, -6014)',
      why: 'Many products cap how much one user may hold in them, and what you already hold counts towards the cap. Once it is reached, larger subscriptions are refused even though the product is still open to others.',
      fixes: [
        {
          title: 'Subscribe within your remaining quota',
          steps: [
            'Read leftPersonalQuota from GET /sapi/v1/simple-earn/flexible/personalLeftQuota (productId) or GET /sapi/v1/simple-earn/locked/personalLeftQuota (projectId).',
            'Subscribe at most that amount, and put the rest in another product or term.',
          ],
        },
      ],
    },
    {
      id: 'earn-product-quota-full',
      title: 'The product’s total quota is (nearly) full (-6014)',
      why: 'Products with a total cap accept subscriptions only until the cap is reached; near the end, an amount that was fine a minute ago no longer fits, and the product soon shows isSoldOut.',
      fixes: [
        {
          title: 'Lower the amount or pick another product',
          steps: [
            'Check isSoldOut and canPurchase in the product list right before subscribing.',
            'Try a smaller amount, another term of the same asset, or the flexible product.',
          ],
        },
      ],
    },
    {
      id: 'earn-amount-computed-stale',
      title: 'The amount was computed from figures read earlier',
      why: 'Bots that size a subscription from a balance or quota read minutes before can land outside the limits once another subscription, a reward or auto-subscribe has changed them.',
      fixes: [
        {
          title: 'Preview right before subscribing',
          steps: [
            'Call GET /sapi/v1/simple-earn/flexible/subscriptionPreview (or /locked/subscriptionPreview) with the amount you are about to send.',
            'Re-read the quota immediately before the subscription, not at start-up.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
