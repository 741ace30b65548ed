/** Knowledge of -1002 UNAUTHORIZED. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1002'],
  meaning: 'Your key was recognised, but it is not allowed to do this particular thing. Nothing was executed; this is fixed in the key’s settings or the account, not by retrying.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Resending unchanged fails the same way: change the key’s permissions (or use a key or account that has them), then send the request once.',
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
    {
      id: 'ip-restriction-blocks-endpoint',
      title: 'The key’s IP restriction refuses this request',
      why: 'A key limited to trusted IPs refuses requests from any other address — a new server, a changed cloud IP, IPv6 instead of IPv4. Transfers and withdrawals also need the key to be IP-restricted at all: an unrestricted key may read and trade but is refused on those. The permission boxes and the code are fine; the key’s IP settings are not.',
      fixes: [
        {
          title: 'Match the key’s IP settings to where the request comes from',
          steps: [
            'In API Management, look at the key’s IP access restriction.',
            'Add the address your server really sends from (check it over IPv4), or move the bot to a whitelisted address.',
            'For transfers and withdrawals, switch the key to "Restrict access to trusted IPs only" and list your server’s IP.',
          ],
          snippets: snippetSet('snippets/enable-needed-permission-key'),
        },
      ],
    },
  ],
  tree: {
    start: 'ip-restrict',
    questions: [
      {
        id: 'ip-restrict',
        text: 'How is the key’s IP access set up in API Management, and where does the request come from?',
        options: [
          { value: 'outside', label: 'IP-restricted, and the request may come from an address not on the list', ranks: ['ip-restriction-blocks-endpoint', 'missing-permission'] },
          { value: 'unrestricted-transfer', label: 'Unrestricted, and the call is a transfer or withdrawal', ranks: ['ip-restriction-blocks-endpoint', 'missing-permission'] },
          { value: 'fine', label: 'Unrestricted for a trade or read, or the address is on the list', ranks: ['missing-permission', 'wrong-account-type'] },
        ],
      },
    ],
  },
};

export default knowledge;
