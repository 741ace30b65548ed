/** Knowledge of sapi:-21004 USER_NO_LIABILITY and -21005 NO_ENOUGH_ASSET (Portfolio Margin bankruptcy-loan repayment). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-21004', 'sapi:-21005'],
  meaning:
    'A repayment of a Portfolio Margin bankruptcy loan (POST /sapi/v1/portfolio/repay) was refused: there is no such loan to repay (-21004), or the wallet it takes from does not hold enough of the loan asset (-21005; the message names BUSD). Nothing was repaid.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was repaid. Check whether there is a bankruptcy loan at all; if there is, put enough of its asset in the wallet you repay from, then send the repayment once.',
  },
  causes: [
    {
      id: 'pm-no-bankruptcy-loan',
      title: 'There is no bankruptcy loan to repay (-21004)',
      why: 'A bankruptcy loan exists only after a liquidation left the Portfolio Margin account negative. A bot that calls repay on a schedule, or after the loan was already repaid, finds nothing.',
      fixes: [
        {
          title: 'Repay only when a loan is shown',
          steps: [
            'Read GET /sapi/v1/portfolio/pmLoan: repay only when it reports an outstanding amount.',
          ],
        },
      ],
    },
    {
      id: 'pm-repay-funds-missing',
      title: 'The repaying wallet lacks the loan asset (-21005)',
      why: 'The repayment takes the loan asset from the Spot wallet by default (from=SPOT), or from margin with from=MARGIN; other assets are not converted for you.',
      fixes: [
        {
          title: 'Fund the repaying wallet',
          steps: [
            'Read the amount and asset due from GET /sapi/v1/portfolio/pmLoan.',
            'Put at least that much of the asset in Spot (convert or transfer it there), or send from=MARGIN if the margin side holds it, then call POST /sapi/v1/portfolio/repay.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
