/** Knowledge of sapi:-10022 INVALID_AMOUNT ("Invalid adjustment amount."), -10024 ADJUST_LTV_NOT_SUPPORTED and -10046 EXCEED_MAX_ADJUSTMENT (Crypto Loans). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-10022', 'sapi:-10024', 'sapi:-10046'],
  meaning:
    'A change to a loan’s collateral (adjust LTV) was refused: the amount is invalid (-10022), adjusting is not possible for this loan now (-10024), or the change is larger than allowed (-10046). The collateral and the loan are unchanged.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Resending the same adjustment fails the same way: read the loan’s current LTV and collateral, then adjust by an amount that keeps it within the allowed range.',
  },
  causes: [
    {
      id: 'loan-reduce-too-much',
      title: 'Removing that much collateral would push the LTV too high (-10046, -10022)',
      why: 'Collateral can be taken out only while the loan stays at or below the initial LTV afterwards. Asking for more than that — or for all of it while debt remains — is over the maximum adjustment.',
      fixes: [
        {
          title: 'Reduce within the initial LTV',
          steps: [
            'Read currentLTV, totalDebt and collateralAmount from GET /sapi/v2/loan/flexible/ongoing/orders and initialLTV from GET /sapi/v2/loan/flexible/collateral/data.',
            'Take out at most about collateralAmount − totalDebt ÷ (initialLTV × the collateral’s price in the loan coin), rounded down and with some headroom, using POST /sapi/v2/loan/flexible/adjust/ltv and direction=REDUCED.',
          ],
        },
      ],
    },
    {
      id: 'loan-adjust-amount-invalid',
      title: 'The adjustment amount or direction is not valid (-10022)',
      why: 'adjustmentAmount must be a positive decimal within the collateral coin’s precision, and direction must be ADDITIONAL or REDUCED; adding more than your Spot wallet holds, or more than the collateral coin’s limit, is refused as well.',
      fixes: [
        {
          title: 'Send a valid amount and direction',
          steps: [
            'Send adjustmentAmount as a plain decimal rounded down to the coin’s precision, with direction=ADDITIONAL to add and REDUCED to remove.',
            'When adding, check the free Spot balance (GET /api/v3/account) and the coin’s maxLimit in GET /sapi/v2/loan/flexible/collateral/data.',
          ],
        },
      ],
    },
    {
      id: 'loan-adjust-blocked',
      title: 'The loan cannot be adjusted right now (-10024)',
      why: 'While a loan is being liquidated, repaid or settled, or for loan types that do not allow collateral changes, LTV adjustments are refused.',
      fixes: [
        {
          title: 'Wait for the loan to settle',
          steps: [
            'Check the loan in GET /sapi/v2/loan/flexible/ongoing/orders and in GET /sapi/v2/loan/flexible/ltv/adjustment/history, then try again once it is in a normal state.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
