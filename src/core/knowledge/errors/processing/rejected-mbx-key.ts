/** Knowledge of -2015 REJECTED_MBX_KEY. */
import { snippetSet } from '../../snippet-set';
import { spotKeyAnyAccount } from '../../rules/spot-key-any-account';
import { testHost } from '../../rules/test-host';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2015'],
  meaning: 'Binance rejected your API key for this call: the key may not have the permission this endpoint needs, your server’s IP is not on the key’s whitelist, or the key belongs to another environment (testnet vs mainnet, Binance.US vs Binance.com) or another account mode (Portfolio Margin). Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending will not help; fix the key’s settings in API Management (or use the right key/host), then try again.',
  },
  causes: [
    {
      id: 'futures-not-enabled',
      title: '"Enable Futures" is off for this key',
      why: 'Futures calls need the key’s futures permission, and the permission needs a futures account. If the futures account was never opened, every futures call is refused; keys created before it was opened do not get the permission automatically — open the futures account, then edit the key or create a new one.',
      fixes: [
        {
          title: 'Enable futures on the key',
          steps: [
            'Open the futures account on the website if you never have (one-time quiz and agreement).',
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
    {
      id: 'key-secret-swapped',
      title: 'API key and secret swapped',
      why: 'Key and secret are both 64 letters and digits, so a swapped pair passes the format check (that would be -2014) and Binance simply finds no key with that value. Typical: a config file whose labels are the wrong way round, or a constructor that takes (secret, key) in another order than the next library.',
      fixes: [
        {
          title: 'Put the key in the key field and the secret in the secret field',
          steps: [
            'Open API Management: the API key is the value shown permanently; the secret was shown only once, at creation.',
            'Check the order of the arguments your library’s constructor takes, and the labels in your config file.',
            'Test with one signed read; if it still fails, create a new key pair and copy both again.',
          ],
          snippets: snippetSet('snippets/strip-key-secret'),
        },
      ],
    },
    {
      id: 'binance-us-key-on-com',
      title: 'A Binance.US key used against Binance.com (or the reverse)',
      why: 'Binance.US is a separate exchange with its own accounts and keys. A key from one is unknown to the other, so every signed call answers -2015 while public calls work. Many libraries and bots default to binance.com.',
      fixes: [
        {
          title: 'Call the exchange that issued the key',
          steps: [
            'Check where you created the key: binance.us or binance.com.',
            'Point the library at that exchange: python-binance Client(..., tld="us"), ccxt binanceus, or the base URL https://api.binance.us.',
            'Binance.US has no futures API: futures calls need a Binance.com account and key.',
          ],
          snippets: snippetSet('errors/processing/rejected-mbx-key/use-exchange-key-belongs'),
        },
      ],
    },
    {
      id: 'portfolio-margin-account-on-fapi',
      title: 'A Portfolio Margin account calling the plain futures endpoints',
      why: 'Once an account is switched to Portfolio Margin, its futures are traded through the Portfolio Margin API (papi.binance.com, /papi/). The classic USD-M and COIN-M endpoints (fapi, dapi) then answer -2015 even with a correct key that has futures enabled, while Spot calls with the same key work.',
      fixes: [
        {
          title: 'Send the futures calls to the Portfolio Margin API',
          steps: [
            'Check in the futures settings whether the account uses Portfolio Margin.',
            'Use the /papi/ endpoints for orders, positions and balances (for example POST /papi/v1/um/order).',
            'In ccxt set options portfolioMargin: true; in other libraries use their Portfolio Margin client or methods.',
          ],
          snippets: snippetSet('errors/processing/rejected-mbx-key/call-portfolio-margin-api'),
        },
      ],
    },
    {
      id: 'not-portfolio-margin-account',
      title: 'Portfolio Margin endpoints called from an account (or key) that is not in Portfolio Margin',
      why: 'The /papi/ endpoints only accept keys of accounts that have Portfolio Margin switched on. A client option (such as ccxt portfolioMargin: true) only changes which endpoints the library calls; it cannot change the account’s mode. A key created before the switch may also need to be created again.',
      fixes: [
        {
          title: 'Call the endpoints that match the account’s mode',
          steps: [
            'If the account is classic, drop the Portfolio Margin option and use the USD-M (fapi) or COIN-M (dapi) endpoints.',
            'If you want Portfolio Margin, activate it on the website first, then create a new API key.',
          ],
          snippets: snippetSet('errors/processing/rejected-mbx-key/call-portfolio-margin-api'),
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
        text: 'Was the key created for the exchange and environment you call (testnet key → testnet host, mainnet key → real host, Binance.US key → api.binance.us)?',
        options: [
          { value: 'mismatch', label: 'No, or not sure', ranks: ['wrong-environment', 'binance-us-key-on-com', 'futures-not-enabled'] },
          { value: 'us', label: 'The key is from Binance.US and I call Binance.com (or the reverse)', ranks: ['binance-us-key-on-com'] },
          { value: 'match', label: 'Yes', next: 'permission' },
        ],
        auto: testHost,
      },
      {
        id: 'permission',
        text: 'In API Management, does the key have the permission this call needs?',
        help: 'Futures calls need "Enable Futures"; Spot orders need "Enable Spot & Margin Trading"; transfers need "Permits Universal Transfer".',
        options: [
          { value: 'futures-off', label: 'I call futures and "Enable Futures" is off', ranks: ['futures-not-enabled'] },
          { value: 'other-off', label: 'Another permission is off (Spot trading, transfers, read-only key)', ranks: ['missing-permission'] },
          { value: 'all-on', label: 'The permission is on', next: 'account-mode' },
        ],
      },
      {
        id: 'account-mode',
        text: 'Does the API you call match the account’s margin mode? Portfolio Margin accounts trade futures through /papi/, classic accounts through the USD-M and COIN-M APIs.',
        options: [
          { value: 'pm-on-fapi', label: 'The account uses Portfolio Margin, and I call the USD-M or COIN-M API', ranks: ['portfolio-margin-account-on-fapi'] },
          { value: 'classic-on-papi', label: 'I call /papi/, but the account is not in Portfolio Margin (or the key predates the switch)', ranks: ['not-portfolio-margin-account'] },
          { value: 'consistent', label: 'No Portfolio Margin involved, or it matches', next: 'elsewhere' },
        ],
        auto: spotKeyAnyAccount,
      },
      {
        id: 'elsewhere',
        text: 'Does the same key pair work in another program or library?',
        options: [
          { value: 'same-machine', label: 'Yes, on this same machine', ranks: ['key-secret-swapped', 'missing-permission', 'wrong-environment'] },
          { value: 'other-machine', label: 'Yes, but from another machine or network', ranks: ['ip-whitelist', 'key-secret-swapped'] },
          { value: 'nowhere', label: 'No, or I have not tried', ranks: ['ip-whitelist', 'key-secret-swapped', 'wrong-environment'] },
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
