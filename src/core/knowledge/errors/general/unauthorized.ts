/** Knowledge of -1002 UNAUTHORIZED. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1002'],
  meaning: 'Your key was recognised, but it is not allowed to do this particular thing. Nothing was executed; this is fixed in the key’s settings or the account, not by retrying.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry: change the key’s permissions (or use a key or account that has them), then send the request once.',
  },
  causes: [
    {
      id: 'missing-permission',
      title: 'The API key lacks the permission this endpoint needs',
      why: 'Keys start read-only. Futures trading, transfers, margin and some account endpoints each need their own tick in API Management.',
      fixes: [
        {
          title: 'Enable the needed permission on the key',
          steps: [
            'Open API Management and edit the key: enable Futures (and Spot & Margin trading if you trade spot).',
            'If the futures account was opened after the key was created, create a new key.',
            'Run one signed read (GET /fapi/v2/balance) and then the failing call once.',
          ],
          snippets: snippetSet('snippets/enable-needed-permission-key'),
        },
      ],
    },
    {
      id: 'wrong-account-type',
      title: 'This account or sub-account may not use this endpoint',
      why: 'Some routes are for master accounts only, for Portfolio Margin accounts (/papi/) only, or not for Portfolio Margin accounts; calling them from the wrong account type is refused.',
      fixes: [
        {
          title: 'Call it from the right account or product',
          steps: [
            'Check which account the key belongs to (master or sub-account; classic or Portfolio Margin).',
            'Portfolio Margin accounts place orders through /papi/ endpoints.',
            'Use a key of the account the endpoint is meant for.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
