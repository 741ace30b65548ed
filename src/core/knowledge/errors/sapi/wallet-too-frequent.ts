/**
 * Knowledge of the SAPI wallet "too often" refusals: sapi:-4005 CAPAITAL_TOO_MANY_REQUEST (sic),
 * -4038 CAPITAL_WITHDRAW_RESEND_EMAIL_TIME_OUT, -4041 CAPITAL_MINUTE_TOO_SMALL and -4043 CAPITAL_ADDRESS_TOO_MUCH.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-4005', 'sapi:-4038', 'sapi:-4041', 'sapi:-4043'],
  meaning:
    'Binance refused a wallet request because the same kind of request came too often: too many new requests in a short time (-4005), another attempt within a minute (-4041), a confirmation e-mail asked for again within 5 minutes (-4038), or more than 100 deposit addresses used in 24 hours (-4043). This request did nothing; an earlier one of the burst may have gone through.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'This request did nothing. Wait the time the message names (a minute, 5 minutes, or for the 24-hour address count to fall), then send once. For a withdrawal, look in GET /sapi/v1/capital/withdraw/history first: an earlier attempt of the burst may already have been accepted, and sending again would withdraw twice.',
  },
  causes: [
    {
      id: 'wallet-requests-in-a-loop',
      title: 'The client retries or repeats wallet requests in a loop (-4005, -4041)',
      why: 'Withdrawal and address requests are limited per account far below trading requests. A retry loop on an error, a scheduler that fires twice, or several workers calling the same endpoint at once trips the limit.',
      fixes: [
        {
          title: 'Send one request, then check instead of repeating',
          steps: [
            'Stop automatic retries of POST /sapi/v1/capital/withdraw/apply; send one withdrawal with your own withdrawOrderId.',
            'After an error or a timeout, look the withdrawal up by withdrawOrderId in GET /sapi/v1/capital/withdraw/history instead of sending it again.',
            'Serialise wallet calls in one place and space them at least a minute apart when the message asks for it.',
          ],
        },
      ],
    },
    {
      id: 'deposit-address-churn',
      title: 'Too many deposit addresses in 24 hours (-4043)',
      why: 'Asking for a new deposit address for every customer, order or deposit uses up the limit of 100 addresses a day.',
      fixes: [
        {
          title: 'Reuse addresses',
          steps: [
            'Read the account’s existing addresses with GET /sapi/v1/capital/deposit/address or GET /sapi/v1/capital/deposit/address/list, and reuse them.',
            'To tell deposits apart, use sub-accounts (each has its own addresses) or a memo/tag on networks that take one.',
          ],
        },
      ],
    },
    {
      id: 'email-resent-too-soon',
      title: 'The confirmation e-mail was requested again too soon (-4038)',
      why: 'A withdrawal that needs e-mail confirmation can have its e-mail re-sent only every 5 minutes.',
      fixes: [
        {
          title: 'Wait 5 minutes',
          steps: ['Check the mailbox (and spam folder) for the first e-mail, and ask for a new one only after 5 minutes.'],
        },
      ],
    },
  ],
};

export default knowledge;
