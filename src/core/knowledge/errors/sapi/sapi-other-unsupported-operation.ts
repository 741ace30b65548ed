/** Knowledge of sapi:100001002 "Unsupported operation" (seen live on sub-account transfer endpoints, on no official list). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:100001002'],
  meaning:
    'Binance refused the request as an operation it does not support for this account or in this form. The 9-digit code is on no official list; it has been seen on the sub-account universal-transfer endpoint (GET and POST /sapi/v1/sub-account/universalTransfer), where the same text also comes with -9000. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending the same request fails the same way: check that the account (and key) may use this endpoint at all, and that the request names a transfer route it offers.',
  },
  causes: [
    {
      id: 'account-type-not-supported',
      title: 'The account type cannot use this endpoint (broker, Link or sub-account)',
      why: 'Sub-account endpoints are for a master account managing its own sub-accounts. Broker accounts and Binance Link partners manage their sub-accounts through the broker endpoints, and a sub-account’s own key cannot call master-only endpoints; both can get this answer.',
      fixes: [
        {
          title: 'Call from an account the endpoint is meant for',
          steps: [
            'Use the master account’s API key for /sapi/v1/sub-account/… endpoints.',
            'For a broker account use the broker endpoints (/sapi/v1/broker/…) for sub-account transfers and their history.',
          ],
        },
      ],
    },
    {
      id: 'transfer-route-not-offered',
      title: 'The transfer route in the request is not one the endpoint offers',
      why: 'A universal transfer names fromEmail, toEmail, fromAccountType and toAccountType; combinations the service does not offer (the same account on both sides, account types the sub-account has not opened, or missing emails where the route needs them) are refused as unsupported.',
      fixes: [
        {
          title: 'Check the route',
          steps: [
            'Send only the emails the route needs (leave fromEmail or toEmail out for the master side) and account types both accounts have opened.',
            'Confirm the sub-account list and their emails with GET /sapi/v1/sub-account/list.',
          ],
        },
      ],
    },
    {
      id: 'key-permission-universal-transfer',
      title: 'The API key lacks the universal-transfer permission',
      why: 'Transfers between accounts need an API key with “Permits Universal Transfer” enabled; without it the transfer is refused, possibly with this generic answer rather than a clear permission error.',
      fixes: [
        {
          title: 'Enable the permission',
          steps: ['In API Management, edit the master account’s key: restrict it to your IPs and enable Permits Universal Transfer, then retry.'],
        },
      ],
    },
  ],
};

export default knowledge;
