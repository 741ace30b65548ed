/** Knowledge of sapi:100001003 "Verification failed" (seen live on withdrawals and rebate queries, on no official list). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:100001003'],
  meaning:
    'A check Binance runs before carrying out the request failed. The 9-digit code is on no official list; it is reported mostly on withdrawals (POST /sapi/v1/capital/withdraw/apply) and on the rebate query (GET /sapi/v1/rebate/taxQuery) with wrong parameters. Nothing was done: no withdrawal was sent.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'The withdrawal was not sent. Fix the key or account setting the check needs before trying again, and if your code retries automatically, look at GET /sapi/v1/capital/withdraw/history first so nothing goes out twice.',
  },
  causes: [
    {
      id: 'withdraw-key-ip-restriction',
      title: 'The key is not restricted to trusted IPs, or the call comes from another IP',
      why: 'Withdrawals through the API need a key with “Enable Withdrawals” that is restricted to trusted IP addresses, and the request must come from one of them. A key without an IP list, a server whose outgoing IP changed, or a proxy in between fails the check.',
      fixes: [
        {
          title: 'Restrict the key and call from a listed IP',
          steps: [
            'In API Management, set “Restrict access to trusted IPs only” with your server’s public IP, and enable withdrawals on that key.',
            'Confirm the IP your requests leave from (behind NAT, containers or a VPN it differs from the machine’s own).',
          ],
        },
      ],
    },
    {
      id: 'withdraw-address-not-whitelisted',
      title: 'The address is not in your withdrawal whitelist',
      why: 'With the address whitelist turned on, only saved addresses can receive withdrawals — saved for the same coin and network, and with the same memo/tag where there is one.',
      fixes: [
        {
          title: 'Whitelist the exact address',
          steps: [
            'Add the address (coin, network, memo) in Address Management and enable it for API withdrawals, or send to an address already there.',
            'Pass network explicitly on POST /sapi/v1/capital/withdraw/apply, matching the saved entry.',
          ],
        },
      ],
    },
    {
      id: 'account-security-hold',
      title: 'A security review of the account blocks withdrawals for now',
      why: 'After a password, 2FA or device change, or when risk control wants to confirm a withdrawal, Binance holds API withdrawals until it is resolved in the app.',
      fixes: [
        {
          title: 'Check the account in the app',
          steps: ['Try the same withdrawal in the app: it shows the verification or hold that is pending; complete it, then use the API again.'],
        },
      ],
    },
    {
      id: 'rebate-query-params',
      title: 'Wrong parameters on the rebate query',
      why: 'GET /sapi/v1/rebate/taxQuery has been seen answering this code when its parameters are wrong (for example a time range it does not accept).',
      fixes: [
        {
          title: 'Check the query parameters',
          steps: ['Send only the documented parameters, with startTime and endTime in milliseconds and within the allowed range.'],
        },
      ],
    },
  ],
  tree: {
    start: 'endpoint',
    questions: [
      {
        id: 'endpoint',
        text: 'Which request failed?',
        options: [
          { value: 'withdraw', label: 'A withdrawal (capital/withdraw/apply)', next: 'ip' },
          { value: 'rebate', label: 'The rebate query (rebate/taxQuery)', ranks: ['rebate-query-params'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['withdraw-key-ip-restriction', 'withdraw-address-not-whitelisted', 'account-security-hold', 'rebate-query-params'] },
        ],
      },
      {
        id: 'ip',
        text: 'Is the API key restricted to trusted IPs, including the IP your bot calls from?',
        options: [
          { value: 'no', label: 'No, or the server’s IP may have changed', ranks: ['withdraw-key-ip-restriction', 'withdraw-address-not-whitelisted'] },
          { value: 'yes', label: 'Yes', ranks: ['withdraw-address-not-whitelisted', 'account-security-hold', 'withdraw-key-ip-restriction'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['withdraw-key-ip-restriction', 'withdraw-address-not-whitelisted', 'account-security-hold'] },
        ],
      },
    ],
  },
};

export default knowledge;
