/** Knowledge of -4027 INVALID_ACCOUNT_TYPE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4027'],
  meaning: 'The account type in the request is not valid for this operation.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Check which account the request is for and send a valid account type.' },
  causes: [
    {
      id: 'bad-account-type',
      title: 'Wrong or unsupported account type',
      why: 'The endpoint expects a specific account (futures, a sub-account, classic vs Portfolio Margin), and the request named or used another.',
      fixes: [
        {
          title: 'Use the account the endpoint expects',
          steps: [
            'Check the account-type parameter against the endpoint’s documentation.',
            'Portfolio Margin accounts use the /papi/ endpoints instead of /fapi/ or /dapi/ for trading.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
