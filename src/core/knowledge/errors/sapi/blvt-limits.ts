/**
 * Knowledge of the Binance Leveraged Token limits: sapi:-13001/-13002 (24 h redemption limits), -13004/-13005
 * (24 h subscription limits) and -13006 BLVT_PURCHASE_LESS_MIN_AMOUNT.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-13001', 'sapi:-13002', 'sapi:-13004', 'sapi:-13005', 'sapi:-13006'],
  meaning:
    'A leveraged-token (BLVT) subscription or redemption was outside a limit: your own 24-hour limit for the token (-13001 redemption, -13004 subscription), the token’s total 24-hour limit across all users (-13002, -13005), or below the minimum subscription (-13006). Nothing was subscribed or redeemed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending the same amount fails the same way: lower it to what is left of the 24-hour limit (or raise it above the minimum), or wait for earlier operations to leave the 24-hour window.',
  },
  causes: [
    {
      id: 'blvt-user-24h-limit',
      title: 'Your own 24-hour limit for the token is used up (-13001, -13004)',
      why: 'Each account may subscribe and redeem only so much of a token in any 24 hours; what you subscribed or redeemed within the last 24 hours counts towards it.',
      fixes: [
        {
          title: 'Stay under your limit',
          steps: [
            'Read userDailyTotalPurchaseLimit and userDailyTotalRedeemLimit from GET /sapi/v1/blvt/userLimit, and what you already did from GET /sapi/v1/blvt/subscribe/record or /sapi/v1/blvt/redeem/record.',
            'Send a smaller amount, or sell/buy the token on its Spot pair instead.',
          ],
        },
      ],
    },
    {
      id: 'blvt-token-24h-limit',
      title: 'The token’s total 24-hour limit is reached (-13002, -13005)',
      why: 'Besides the per-user limit, each token has a total daily subscription and redemption capacity (dailyPurchaseLimit, dailyRedeemLimit). When other users have used it, everyone is refused until it frees up.',
      fixes: [
        {
          title: 'Use the Spot market or wait',
          steps: [
            'Check the token’s limits in GET /sapi/v1/blvt/tokenInfo.',
            'Trade the token on its Spot pair, or try later in smaller amounts.',
          ],
        },
      ],
    },
    {
      id: 'blvt-below-minimum',
      title: 'The subscription is below the minimum (-13006)',
      why: 'A subscription is sent as cost (the USDT to spend, not the number of tokens) and must be at least the minimum; passing a token quantity as cost can make it too small.',
      fixes: [
        {
          title: 'Send cost in USDT, above the minimum',
          steps: ['Call POST /sapi/v1/blvt/subscribe with tokenName and cost in USDT at or above the minimum shown in the app.'],
        },
      ],
    },
  ],
};

export default knowledge;
