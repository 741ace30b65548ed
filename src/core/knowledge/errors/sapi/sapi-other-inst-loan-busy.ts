/** Knowledge of the Institutional Loan codes sapi:-1024 ("Loan group {0} is in liquidation") and -1025 ("Has pending transactions."). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-1024', 'sapi:-1025'],
  meaning:
    'An Institutional Loan request (/sapi/v1/margin/loan-group/…) was refused because the risk unit is busy: it is being liquidated (-1024), or earlier transactions on it are still pending (-1025). This request borrowed, repaid or transferred nothing.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'This request did nothing. Wait until the liquidation or the pending transactions have finished, check the risk unit’s state, then send the request once.',
  },
  causes: [
    {
      id: 'inst-loan-liquidating',
      title: 'The risk unit is in forced liquidation (-1024)',
      why: 'When the risk unit’s LTV reaches the liquidation level, Binance liquidates across its credit and collateral accounts; borrowing, repaying and transfers out are held back until it ends.',
      fixes: [
        {
          title: 'Wait for the liquidation to end',
          steps: [
            'Follow it in GET /sapi/v1/margin/loan-group/force-liquidation and the LTV in GET /sapi/v1/margin/loan-group/ltv-details.',
            'Once it has ended, re-read the liability and LTV before any new borrow or repayment.',
          ],
        },
      ],
    },
    {
      id: 'inst-loan-pending',
      title: 'Earlier borrows, repayments or transfers are still pending (-1025)',
      why: 'Operations on a risk unit are processed one after another; while one is pending — often a retry sent after a timeout — the next is refused.',
      fixes: [
        {
          title: 'Let the pending operation finish',
          steps: [
            'Check the latest records in GET /sapi/v1/margin/loan-group/borrow-repay: if the first request went through, do not send it again.',
            'Send operations for one risk unit from one process, one at a time.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
