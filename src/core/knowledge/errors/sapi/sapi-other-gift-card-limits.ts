/** Knowledge of the Binance Gift Card (Binance Code) daily limits: sapi:-18002, -18003, -18004. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-18002', 'sapi:-18003', 'sapi:-18004'],
  meaning:
    'A Binance Gift Card (Binance Code) request hit a 24-hour limit: the total value of codes you created (-18002), the number of codes you created (-18003), or the number of wrong redemption codes you entered (-18004). The limits reset at 00:00 UTC. No code was created or redeemed.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Nothing was created or redeemed. Wait until after 00:00 UTC before trying again; resending today keeps failing (and, for redemptions, wrong codes only make it worse).',
  },
  causes: [
    {
      id: 'gift-card-creation-limit',
      title: 'You created too many codes, or too much value, today (-18002, -18003)',
      why: 'Creating codes is capped per 24 hours both in total value and in number of codes (the documentation has quoted 2 BTC worth and 200 codes). A batch job that creates many small codes reaches the count limit first.',
      fixes: [
        {
          title: 'Spread creation over days',
          steps: [
            'Count the codes and value you created since 00:00 UTC before calling POST /sapi/v1/giftcard/createCode (or /buyCode) again.',
            'Spread large batches over several days, or ask Binance about higher limits for your business account.',
          ],
        },
      ],
    },
    {
      id: 'gift-card-bad-redeem-attempts',
      title: 'Too many wrong redemption codes were entered today (-18004)',
      why: 'After five wrong codes within 24 hours, redemption is blocked for the rest of the day. Codes with a typo, spaces, a reference number sent instead of the code, or a code encrypted with an outdated public key all count as wrong.',
      fixes: [
        {
          title: 'Check codes before redeeming',
          steps: [
            'Check a card first with GET /sapi/v1/giftcard/verify (referenceNo) — with care, since wrong numbers there are limited too.',
            'Send the redemption code itself to POST /sapi/v1/giftcard/redeemCode, trimmed; when encrypting, fetch the day’s key from GET /sapi/v1/giftcard/cryptography/rsa-public-key.',
            'If you redeem for your own users, pass externalUid so one user’s mistakes are counted apart.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
