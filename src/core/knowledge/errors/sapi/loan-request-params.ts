/** Knowledge of sapi:-10002 INVALID_INPUT, -10026 and -10028 INVALID_PARAMETER (Crypto Loans). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-10002', 'sapi:-10026', 'sapi:-10028'],
  meaning:
    'A Crypto Loans request (borrow, repay, adjust LTV, or a query) carried parameters the loan service does not accept: one is missing, has the wrong form, or does not belong to that call. Nothing was borrowed, repaid or adjusted.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending the same request fails the same way: compare it with the endpoint’s parameters, fix the field that does not fit, then send again.',
  },
  causes: [
    {
      id: 'loan-amount-fields',
      title: 'Both or neither of the amount fields were sent',
      why: 'A flexible borrow takes either loanAmount (how much to borrow) or collateralAmount (how much to pledge) and works out the other one; sending neither, both, or a zero or negative amount is invalid. A repayment needs repayAmount even when fullRepayment=true.',
      fixes: [
        {
          title: 'Send exactly one amount, as a decimal',
          steps: [
            'For POST /sapi/v2/loan/flexible/borrow send loanCoin, collateralCoin and one of loanAmount or collateralAmount, as a plain positive decimal string.',
            'For POST /sapi/v2/loan/flexible/repay always send repayAmount, and add fullRepayment=true to close the loan.',
          ],
        },
      ],
    },
    {
      id: 'loan-endpoint-version',
      title: 'The request is built for another version of the loan endpoints',
      why: 'Crypto Loans has had several sets of endpoints: the older fixed-term (stable rate) loans under /sapi/v1/loan/…, flexible loans first under /sapi/v1/loan/flexible/… and now under /sapi/v2/loan/flexible/…. Parameters of one (loanTerm, orderId, repaymentType) are not valid on another, and old library methods keep sending the old shape.',
      fixes: [
        {
          title: 'Use the current flexible-loan endpoints',
          steps: [
            'Borrow with POST /sapi/v2/loan/flexible/borrow, repay with POST /sapi/v2/loan/flexible/repay, adjust with POST /sapi/v2/loan/flexible/adjust/ltv, and read loans with GET /sapi/v2/loan/flexible/ongoing/orders.',
            'Update your library, or call these paths directly with the parameters their documentation lists.',
          ],
        },
      ],
    },
    {
      id: 'loan-param-format',
      title: 'A coin name or value has the wrong form',
      why: 'Coins must be upper-case tickers (USDT, BNB); directions and types take only their listed values (ADDITIONAL or REDUCED for an LTV adjustment; 1 or 2 for repaymentType); amounts must fit the coin’s precision.',
      fixes: [
        {
          title: 'Normalise the values',
          steps: [
            'Upper-case coin names and check them against GET /sapi/v2/loan/flexible/loanable/data and GET /sapi/v2/loan/flexible/collateral/data.',
            'Round amounts down to the coin’s precision and send enum values exactly as documented.',
          ],
        },
      ],
    },
    {
      id: 'loan-sub-account',
      title: 'The call comes from an account that may not use the endpoint',
      why: 'Flexible-loan borrowing is documented as available to master accounts only; a sub-account’s key, or a key without the permission the endpoint needs, is refused.',
      fixes: [
        {
          title: 'Call from the master account',
          steps: [
            'Use an API key of the master account with Spot & Margin trading enabled for borrow, repay and LTV adjustment.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
