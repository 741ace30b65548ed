/**
 * Knowledge of the Portfolio Margin (Pro) account codes on /sapi/v1/portfolio/…: sapi:-21001 USER_IS_NOT_UNIACCOUNT,
 * -21002 UNI_ACCOUNT_CANT_TRANSFER_FUTURE, -21015 ENDPOINT_GONE.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-21001', 'sapi:-21002', 'sapi:-21015'],
  meaning:
    'A Portfolio Margin request was refused for the account or the endpoint it used: the account is not a Portfolio Margin account (-21001), a Portfolio Margin account cannot move funds from margin to futures this way (-21002), or the endpoint has been removed (-21015). Nothing was changed or moved.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending the same request fails the same way: call it with the Portfolio Margin account’s key, move funds the way Portfolio Margin allows, or switch to the endpoint that replaced the removed one.',
  },
  causes: [
    {
      id: 'pm-not-pm-account',
      title: 'The key belongs to an account that is not on Portfolio Margin (-21001)',
      why: '/sapi/v1/portfolio/… endpoints work only for accounts that have switched to Portfolio Margin (Pro). A key of the master account when only a sub-account is on Portfolio Margin, of another sub-account, or of an account that has not (yet) switched is refused.',
      fixes: [
        {
          title: 'Use the Portfolio Margin account’s key',
          steps: [
            'Check with GET /sapi/v1/portfolio/account using the key you intend to use: it answers only for a Portfolio Margin account.',
            'Create the key on the account that is on Portfolio Margin, or switch that account to Portfolio Margin in the app first.',
          ],
        },
      ],
    },
    {
      id: 'pm-transfer-route',
      title: 'Margin and futures are one pool under Portfolio Margin (-21002)',
      why: 'In a Portfolio Margin account the margin and futures balances are managed together, so a transfer from margin to futures (e.g. POST /sapi/v1/asset/transfer with type MARGIN_UMFUTURE) has nothing to do and is refused.',
      fixes: [
        {
          title: 'Leave the funds where they are, or go through Spot',
          steps: [
            'Collect futures balances into the margin side with POST /sapi/v1/portfolio/auto-collection (or POST /sapi/v1/portfolio/asset-collection for one asset) instead of transferring.',
            'To take funds out, transfer to Spot (e.g. type MARGIN_MAIN on POST /sapi/v1/asset/transfer).',
          ],
        },
      ],
    },
    {
      id: 'pm-endpoint-removed',
      title: 'The endpoint was deprecated and removed (-21015)',
      why: 'Binance removes Portfolio Margin endpoints after announcing a replacement; code and older library versions that still call them get ENDPOINT_GONE.',
      fixes: [
        {
          title: 'Switch to the replacement',
          steps: [
            'Find the endpoint in the Portfolio Margin Pro change log on Binance’s developer site and use the endpoint named there.',
            'Update your library to a version that no longer calls the removed path.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
