/**
 * Knowledge of the Crypto Loans repayment-amount codes: sapi:-10012/-10018 INVALID_AMOUNT, -10017 REPAY_EXCEED_DEBT,
 * -10039 AMOUNT_TOO_SMALL and -10040 AMOUNT_TOO_LARGE (repayment).
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-10012', 'sapi:-10017', 'sapi:-10018', 'sapi:-10039', 'sapi:-10040'],
  meaning:
    'A Crypto Loans repayment named an amount the loan cannot take: not a valid amount (-10012, -10018), more than you owe (-10017), too small to accept or to leave a valid loan behind (-10039), or too large (-10040). Nothing was repaid.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was repaid. Resending the same amount fails the same way: read the loan’s current debt, then repay part of it within the limits or repay it in full with fullRepayment=true.',
  },
  causes: [
    {
      id: 'loan-repay-more-than-debt',
      title: 'The amount is more than the debt (-10017, -10040)',
      why: 'Debt grows with interest every hour, and a debt read earlier, a rounded-up figure or the original loan amount plus a guess at interest can all be above or below the true figure. Repaying more than is owed is refused rather than refunded.',
      fixes: [
        {
          title: 'Repay from the current debt, or in full',
          steps: [
            'Read totalDebt for the loanCoin/collateralCoin pair from GET /sapi/v2/loan/flexible/ongoing/orders right before repaying.',
            'To close the loan send fullRepayment=true on POST /sapi/v2/loan/flexible/repay (repayAmount is still required) instead of computing the exact figure; keep a little more than the debt in Spot.',
          ],
        },
      ],
    },
    {
      id: 'loan-repay-leaves-dust',
      title: 'The repayment is too small, or would leave a remainder below the minimum (-10039)',
      why: 'A partial repayment has a minimum, and the loan that stays behind must still be at least the minimum loan size; repaying almost everything leaves a remainder that is too small to keep open.',
      fixes: [
        {
          title: 'Repay a larger part, or everything',
          steps: [
            'Check the loan coin’s flexibleMinLimit in GET /sapi/v2/loan/flexible/loanable/data.',
            'Either leave at least that much outstanding, or repay the whole loan with fullRepayment=true.',
          ],
        },
      ],
    },
    {
      id: 'loan-repay-amount-format',
      title: 'The amount is zero, negative or too precise (-10012, -10018)',
      why: 'repayAmount must be a positive decimal within the loan coin’s precision; an empty value, scientific notation from a float, or more decimals than the coin has are invalid.',
      fixes: [
        {
          title: 'Send a clean decimal',
          steps: [
            'Round the amount down to the coin’s precision and send it as a plain decimal string (0.00012, not 1.2e-4).',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
