/** Knowledge of sapi:-10021 ORDER_NOT_EXIST and -10005 NO_RECORDS (Crypto Loans). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-10021', 'sapi:-10005'],
  meaning:
    'The loan service found no loan matching what you named: no loan order with that id or coin pair (-10021), or no records for the query (-10005). A repayment or adjustment sent this way did nothing.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was changed. List your current loans, then send the request for a loan that exists — or, if the loan is already repaid or liquidated, there is nothing left to do.',
  },
  causes: [
    {
      id: 'loan-already-closed',
      title: 'The loan is already repaid or liquidated',
      why: 'A loan repaid in full, or closed by liquidation, disappears from the ongoing orders; a second repayment or an LTV adjustment for it (for example from a retry after a timeout) finds nothing.',
      fixes: [
        {
          title: 'Check the loan’s history',
          steps: [
            'Look for the repayment or liquidation in GET /sapi/v2/loan/flexible/repay/history (and your collateral coming back to Spot).',
            'If the loan is closed, stop the retry: there is nothing left to repay.',
          ],
        },
      ],
    },
    {
      id: 'loan-wrong-pair-or-id',
      title: 'The coin pair or order id does not match your loan',
      why: 'Flexible loans are identified by their loanCoin/collateralCoin pair, fixed-term loans by orderId. A swapped pair, another collateral coin, or an id from another account or loan product points at no loan.',
      fixes: [
        {
          title: 'Take the pair from your ongoing loans',
          steps: [
            'List loans with GET /sapi/v2/loan/flexible/ongoing/orders and use loanCoin and collateralCoin exactly as listed.',
            'Make sure the API key belongs to the account that holds the loan.',
          ],
        },
      ],
    },
    {
      id: 'loan-query-window',
      title: 'The history query looks at the wrong time window (-10005)',
      why: 'History queries return only a limited window (by default a recent period) and one coin pair at a time; records outside it are “not found”, which for a read is harmless.',
      fixes: [
        {
          title: 'Widen or move the window',
          steps: [
            'Send startTime and endTime covering the period you need (within the endpoint’s maximum range) and leave out coin filters to see everything.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
