/**
 * Knowledge of the Crypto Loans size and quota codes: sapi:-10029 AMOUNT_TOO_SMALL, -10030 AMOUNT_TOO_LARGE,
 * -10031 and -10044 QUOTA_REACHED, -10041 INSUFFICIENT_AMOUNT (not enough loanable supply).
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-10029', 'sapi:-10030', 'sapi:-10031', 'sapi:-10041', 'sapi:-10044'],
  meaning:
    'A Crypto Loans borrow was outside a limit: the loan is below the minimum (-10029) or above the maximum (-10030) for that coin, your personal quota for it is used up (-10031), the collateral coin’s limit is reached (-10044), or Binance has not enough of the coin left to lend right now (-10041). Nothing was borrowed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was borrowed. Resending the same loan fails the same way: bring the amount within the coin’s limits, use other collateral, or — for -10041 — borrow less or try again the next day.',
  },
  causes: [
    {
      id: 'loan-outside-min-max',
      title: 'The loan amount is outside the coin’s minimum and maximum (-10029, -10030)',
      why: 'Each loanable coin has a minimum and a maximum loan size, shown in USD value. Small test loans fall under the minimum; large ones, or a loanAmount worked out from a big collateralAmount, go over the maximum.',
      fixes: [
        {
          title: 'Borrow within the limits',
          steps: [
            'Read flexibleMinLimit and flexibleMaxLimit for the coin from GET /sapi/v2/loan/flexible/loanable/data.',
            'Size the loan between them (convert the USD limits at the current price, with some headroom).',
          ],
        },
      ],
    },
    {
      id: 'loan-personal-quota',
      title: 'Your personal quota for the coin is reached (-10031)',
      why: 'There is a cap on how much one user may owe in a coin; loans you already have count towards it, so a new loan is refused even with plenty of collateral.',
      fixes: [
        {
          title: 'Stay under the quota',
          steps: [
            'Add up what you owe in the coin (totalDebt in GET /sapi/v2/loan/flexible/ongoing/orders); the borrow screen in the app shows how much more your account may borrow.',
            'Repay part of an existing loan, or borrow another coin.',
          ],
        },
      ],
    },
    {
      id: 'loan-collateral-limit',
      title: 'The collateral coin’s limit is reached (-10044)',
      why: 'Each collateral coin has a maximum that can be pledged (maxLimit, in USD value). Once your pledged amount of it reaches that, further collateral of that coin is refused.',
      fixes: [
        {
          title: 'Pledge less, or another coin',
          steps: [
            'Read maxLimit for the coin from GET /sapi/v2/loan/flexible/collateral/data.',
            'Lower collateralAmount, or secure the loan with another collateral coin.',
          ],
        },
      ],
    },
    {
      id: 'loan-supply-exhausted',
      title: 'Binance has not enough of the coin left to lend today (-10041)',
      why: 'Flexible loans are funded from a pool; when demand is high the pool runs short and new loans of that coin are refused until it refills. The message says to lower the amount or try again tomorrow.',
      fixes: [
        {
          title: 'Borrow less, later, or another coin',
          steps: [
            'Try a smaller loan, or borrow another loanable coin (for example another stablecoin).',
            'Otherwise try again the next day; retrying in a loop does not help.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
