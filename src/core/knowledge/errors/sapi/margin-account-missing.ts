/** Knowledge of sapi:-3003 NO_OPENED_MARGIN_ACCOUNT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3003'],
  meaning:
    'You called a margin endpoint (/sapi/v1/margin/…) for an account that has no margin account — or not the kind the request names (cross or that isolated pair). Nothing was done. Some responses word it “User does not exist”.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done, and resending will not change that: open the margin account (or call the Spot endpoint you meant), then send again.',
  },
  causes: [
    {
      id: 'margin-never-opened',
      title: 'Margin trading was never activated on this account',
      why: 'A Binance account has no margin account until you open it on the website or app (with its quiz and agreement). Every margin call fails until then — including read-only ones like allOrders.',
      fixes: [
        {
          title: 'Open the margin account',
          steps: [
            'Log in with the account that owns the API key and open Margin (cross, or the isolated pair you trade).',
            'Then check that GET /sapi/v1/margin/account answers.',
          ],
        },
      ],
    },
    {
      id: 'spot-meant',
      title: 'The client called a margin endpoint when you meant Spot',
      why: 'Many libraries have a margin flag or separate margin methods (python-binance get_all_margin_orders, ccxt options defaultType "margin"). A bot that only trades Spot reaches /sapi/v1/margin/ by that setting.',
      fixes: [
        {
          title: 'Use the Spot endpoints',
          steps: [
            'Check the URL in the request: /api/v3/… is Spot, /sapi/v1/margin/… is margin.',
            'Switch the client’s market type or method back to Spot.',
          ],
        },
      ],
    },
    {
      id: 'isolated-pair-or-sub-account',
      title: 'The isolated pair, or the sub-account, has no margin account',
      why: 'Each isolated pair is opened separately, and a sub-account needs its own margin activation (POST /sapi/v1/sub-account/margin/enable from the master). A key of a sub-account without it gets this code.',
      fixes: [
        {
          title: 'Enable margin where the key points',
          steps: [
            'For isolated margin, open the pair (or POST /sapi/v1/margin/isolated/account) before trading it.',
            'For a sub-account, enable margin for it from the master account, then retry with the sub-account’s key.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
