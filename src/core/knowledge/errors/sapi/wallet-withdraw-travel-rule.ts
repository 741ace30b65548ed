/** Knowledge of SAPI -4104: withdrawals refused under the travel rule (a code on no official page, seen live). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-4104'],
  meaning:
    'Binance refused the withdrawal because of travel-rule requirements: in your account’s region a withdrawal must carry the questionnaire about the recipient, or withdrawals through the API are not allowed at all. Nothing was sent and no funds left the account. The code is on no official page.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was sent. Resending the same request fails the same way: use the travel-rule withdrawal endpoint with the questionnaire, or withdraw in the app or on the website.',
  },
  causes: [
    {
      id: 'travel-rule-questionnaire-missing',
      title: 'Your account’s region requires the travel-rule questionnaire with each withdrawal',
      why: 'Accounts registered with a local Binance entity that applies the travel rule must say who receives the funds and where. The plain withdraw endpoint carries no such answers, so it is refused.',
      fixes: [
        {
          title: 'Withdraw through the travel-rule endpoint',
          steps: [
            'Read what your entity asks for with GET /sapi/v1/localentity/questionnaire-requirements.',
            'Send the withdrawal with POST /sapi/v1/localentity/withdraw/apply, including the questionnaire answers.',
            'Check the result with GET /sapi/v1/localentity/withdraw/history before sending again.',
          ],
        },
      ],
    },
    {
      id: 'api-withdrawals-closed',
      title: 'API withdrawals are not available to your account',
      why: 'For some regions and account types Binance allows withdrawals only in the app or on the website; the API answers with this code whatever the request holds.',
      fixes: [
        {
          title: 'Withdraw in the app or on the website',
          steps: [
            'Make the withdrawal in the Binance app or on the website, where the travel-rule questions are asked.',
            'Ask Binance support whether API withdrawals can be enabled for your account before building on them.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
