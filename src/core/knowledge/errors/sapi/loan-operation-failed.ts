/**
 * Knowledge of the Crypto Loans failures whose outcome must be checked: sapi:-10015 DEDUCTION_FAILED,
 * -10016 LOAN_FAILED, -10023 ADJUST_LTV_FAILED, -10025 REPAY_FAILED.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-10015', 'sapi:-10016', 'sapi:-10023', 'sapi:-10025'],
  meaning:
    'A Crypto Loans operation failed while Binance was carrying it out: taking the collateral (-10015), paying out the loan (-10016), adjusting the collateral (-10023) or taking the repayment (-10025). Usually the whole operation is rolled back, but the answer does not prove that nothing moved.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Do not resend blindly. Look the loan up first — ongoing loans and the borrow, repay and adjustment histories — and check your Spot balances; only if the operation is not there, send it once more.',
  },
  causes: [
    {
      id: 'loan-internal-failure',
      title: 'A step on Binance’s side failed (busy service, price moved)',
      why: 'Borrowing, repaying and adjusting move funds between your Spot wallet and the loan in several steps. If one step fails — the service is busy, a price check fails during a fast move — the operation is abandoned and answered with one of these codes.',
      fixes: [
        {
          title: 'Check the loan, then retry once',
          steps: [
            'Look at GET /sapi/v2/loan/flexible/ongoing/orders and the matching history: GET /sapi/v2/loan/flexible/borrow/history, /repay/history or /ltv/adjustment/history.',
            'If nothing changed, wait a minute and send the operation once more; do not loop.',
          ],
        },
      ],
    },
    {
      id: 'loan-balance-changed',
      title: 'The balance changed between your check and the operation',
      why: 'Collateral or repayment coins that were free when you checked can be taken by an order, a transfer or another bot a moment later, so the deduction step fails.',
      fixes: [
        {
          title: 'Keep the coins free until the loan operation is done',
          steps: [
            'Read the free Spot balance (GET /api/v3/account) immediately before the request and do not run other orders on that coin at the same time.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
