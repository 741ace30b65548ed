/** Knowledge of sapi:-18006 (amount too small) and -18007 (token not supported) for Binance Gift Cards (Binance Code). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-18006', 'sapi:-18007'],
  meaning:
    'A Binance Gift Card (Binance Code) could not be created because of its amount or token: the amount is below the minimum for that token (-18006), or the token cannot be used for gift cards (-18007). No card was created and nothing was taken from your Funding wallet.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was created. Resending the same card fails the same way: pick a supported token and an amount at or above its minimum.',
  },
  causes: [
    {
      id: 'gift-card-below-minimum',
      title: 'The amount is below the token’s minimum (-18006)',
      why: 'Each token has a minimum card value; for cards bought with another token (buyCode) the minimum and maximum depend on the token you pay with.',
      fixes: [
        {
          title: 'Use at least the minimum',
          steps: [
            'For POST /sapi/v1/giftcard/buyCode read the limits with GET /sapi/v1/giftcard/buyCode/token-limit (baseToken).',
            'For POST /sapi/v1/giftcard/createCode use an amount at or above the minimum shown for the token in the Gift Card page of the app.',
          ],
        },
      ],
    },
    {
      id: 'gift-card-token-unsupported',
      title: 'The token cannot be used for gift cards (-18007)',
      why: 'Only a list of tokens can be put on a card; others, misspelt tickers or network names (e.g. USDT-TRC20) are refused.',
      fixes: [
        {
          title: 'Use a supported token',
          steps: [
            'Send the plain upper-case ticker (USDT, BTC, BNB) as token / faceToken, and check in the app which tokens gift cards offer.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
