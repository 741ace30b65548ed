/** Knowledge of -2015 REJECTED_MBX_KEY. */
import { snippetSet } from '../../snippet-set';
import { testHost } from '../../rules/test-host';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2015'],
  meaning: 'Binance rejected your API key for this call: the key may not have the permission this endpoint needs, your server’s IP is not on the key’s whitelist, or the key belongs to another environment (testnet vs mainnet). Nothing was done.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending will not help; fix the key’s settings in API Management (or use the right key/host), then try again.',
  },
  causes: [
    {
      id: 'futures-not-enabled',
      title: '"Enable Futures" is off for this key',
      why: 'Futures calls need the key’s futures permission. Keys created before the futures account was opened do not get it automatically — edit the key or create a new one after opening futures.',
      fixes: [
        {
          title: 'Enable futures on the key',
          steps: [
            'In API Management, edit the key and tick "Enable Futures".',
            'If the option is missing, create a new key now that the futures account exists.',
            'GET /sapi/v1/account/apiRestrictions shows enableFutures.',
          ],
          snippets: snippetSet('errors/processing/rejected-mbx-key/enable-futures-key'),
        },
      ],
    },
    {
      id: 'ip-whitelist',
      title: 'The server’s IP is not on the key’s whitelist',
      why: 'The error often ends with "request ip: x.x.x.x". If the key is restricted to trusted IPs and that address is not among them (a cloud IP that changed, IPv6 instead of IPv4, a VPN), every signed call is refused.',
      fixes: [
        {
          title: 'Whitelist the address Binance sees',
          steps: [
            'Compare the "request ip" in the message with the key’s IP list.',
            'Add that address (or use a fixed egress IP); remember IPv4 and IPv6 differ.',
          ],
          snippets: snippetSet('errors/processing/rejected-mbx-key/enable-futures-key'),
        },
      ],
    },
    {
      id: 'wrong-environment',
      title: 'A testnet key on mainnet, or a mainnet key on testnet',
      why: 'Testnet keys exist only on the testnet hosts (testnet.binancefuture.com, testnet.binance.vision) and mainnet keys only on the real ones.',
      fixes: [
        {
          title: 'Use the host that matches the key',
          steps: [
            'Testnet keys: set the library’s testnet/sandbox option. Mainnet keys: leave it off.',
            'Create the key on the same site as the host you call.',
          ],
          snippets: snippetSet('errors/processing/rejected-mbx-key/use-host-matches-key'),
        },
      ],
    },
    {
      id: 'missing-permission',
      title: 'The key lacks another permission this call needs',
      why: 'Spot orders need "Enable Spot & Margin Trading"; transfers need "Permits Universal Transfer"; a read-only key cannot trade; Portfolio Margin calls need a key on the Portfolio Margin account.',
      fixes: [
        {
          title: 'Give the key the permission the endpoint needs',
          steps: [
            'Check the permission the endpoint lists and the flags in GET /sapi/v1/account/apiRestrictions.',
            'Edit the key, or create one for this purpose.',
          ],
          snippets: snippetSet('errors/processing/rejected-mbx-key/enable-futures-key'),
        },
      ],
    },
    {
      id: 'key-revoked',
      title: 'The key was deleted or changed',
      why: 'A key that worked before can stop: deleted, permissions edited, or replaced by a new one in your account.',
      fixes: [
        {
          title: 'Check the key still exists as you expect',
          steps: ['Open API Management and confirm the key and its permissions.', 'If in doubt, create a new key and update your bot.'],
          snippets: snippetSet('snippets/strip-key-secret'),
        },
      ],
    },
  ],
  tree: {
    start: 'worked-before',
    questions: [
      {
        id: 'worked-before',
        text: 'Has this key ever worked for this kind of call?',
        options: [{ value: 'never', label: 'No, never', next: 'host' }, { value: 'worked', label: 'Yes, it worked before', next: 'ip' }],
      },
      {
        id: 'host',
        text: 'Was the key created for the environment you call (testnet key → testnet host, mainnet key → real host)?',
        options: [
          { value: 'mismatch', label: 'No, or not sure', ranks: ['wrong-environment', 'futures-not-enabled'] },
          { value: 'match', label: 'Yes', next: 'permission' },
        ],
        auto: testHost,
      },
      {
        id: 'permission',
        text: 'In API Management, does the key have the permission this call needs?',
        help: 'Futures (/fapi/, /dapi/): "Enable Futures". Spot orders (/api/v3/): "Enable Spot & Margin Trading".',
        options: [
          { value: 'futures-off', label: 'I call futures and "Enable Futures" is off', ranks: ['futures-not-enabled'] },
          { value: 'other-off', label: 'Another permission is off (Spot trading, transfers, read-only key)', ranks: ['missing-permission'] },
          { value: 'all-on', label: 'The permission is on', ranks: ['ip-whitelist', 'wrong-environment'] },
        ],
      },
      {
        id: 'ip',
        text: 'Is the IP in the error message ("request ip: …") on the key’s whitelist?',
        options: [
          { value: 'no', label: 'No, or the key is IP-restricted and I am not sure', ranks: ['ip-whitelist'] },
          { value: 'yes', label: 'Yes, or the key has no IP restriction', ranks: ['key-revoked', 'missing-permission'] },
        ],
      },
    ],
  },
};

export default knowledge;
