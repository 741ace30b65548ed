/** Knowledge of sapi:-13000 BLVT_FORBID_REDEEM, -13003 BLVT_FORBID_PURCHASE and -13007 BLVT_PURCHASE_AGREEMENT_NOT_SIGN (Binance Leveraged Tokens). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-13000', 'sapi:-13003', 'sapi:-13007'],
  meaning:
    'A Binance Leveraged Token (BLVT, e.g. BTCUP/BTCDOWN) subscription or redemption was refused: redeeming (-13000) or subscribing (-13003) to that token is switched off, or you have not signed the leveraged-token agreement (-13007). Nothing was subscribed or redeemed.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Nothing was done, and resending will not change it: the token is closed for that operation, or the agreement has to be signed in the app first. Binance has wound leveraged tokens down, so look for another product instead of retrying.',
  },
  causes: [
    {
      id: 'blvt-discontinued',
      title: 'Binance has discontinued leveraged tokens',
      why: 'Binance wound its leveraged tokens down: the last ones (BTC, ETH and BNB UP/DOWN) stopped trading and subscriptions on 2024-02-28 and were delisted with redemption closed in early April 2024, remaining holdings being converted to USDT. Earlier tokens were delisted before that. Subscribing or redeeming a delisted token is refused.',
      fixes: [
        {
          title: 'Use another product for leveraged exposure',
          steps: [
            'Check GET /sapi/v1/blvt/tokenInfo: a token that is no longer listed there cannot be subscribed or redeemed.',
            'Look for the USDT credited for converted tokens in your Spot wallet, and use margin or futures for leveraged positions.',
          ],
        },
      ],
    },
    {
      id: 'blvt-paused',
      title: 'Subscriptions or redemptions of the token were paused for a while',
      why: 'While leveraged tokens were live, Binance paused their subscription or redemption around rebalancing, in extreme markets and ahead of a delisting.',
      fixes: [
        {
          title: 'Trade the token on Spot instead',
          steps: ['If the token still trades, sell or buy it on its Spot pair (e.g. BTCUP/USDT) instead of redeeming or subscribing.'],
        },
      ],
    },
    {
      id: 'blvt-agreement',
      title: 'The leveraged-token agreement was never signed (-13007)',
      why: 'Before the first subscription, every account had to accept the leveraged-token terms in the app or on the website; the API cannot sign them.',
      fixes: [
        {
          title: 'Sign it in the app, if the product is still offered',
          steps: ['Open Leveraged Tokens in the app with the same account and accept the terms, then call POST /sapi/v1/blvt/subscribe again.'],
        },
      ],
    },
  ],
};

export default knowledge;
