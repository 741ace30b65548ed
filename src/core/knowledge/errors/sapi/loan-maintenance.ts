/** Knowledge of sapi:-10001 SYSTEM_MAINTENANCE (Crypto Loans). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-10001'],
  meaning:
    'The Crypto Loans service is under maintenance and took no request: no loan was taken, repaid or adjusted. It is a temporary state on Binance’s side, not a problem with your request.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Nothing was done. Wait until the maintenance is over — Binance announces planned ones with their window — then send the request again once.',
  },
  causes: [
    {
      id: 'loan-scheduled-maintenance',
      title: 'Announced or routine maintenance of Crypto Loans',
      why: 'Binance takes the loan service offline for upgrades and system maintenance; during it every borrow, repay and LTV adjustment is refused with this code. Your collateral and debt keep their state, and interest continues to accrue.',
      fixes: [
        {
          title: 'Wait and retry with back-off',
          steps: [
            'Check Binance’s announcements or status page for the maintenance window.',
            'Retry with a growing delay (1 min, 5 min, 15 min) instead of a tight loop, and watch your loan’s LTV in the app meanwhile: GET /sapi/v2/loan/flexible/ongoing/orders shows currentLTV once the service is back.',
          ],
        },
      ],
    },
    {
      id: 'loan-maintenance-during-volatility',
      title: 'A short unplanned pause of the loan service',
      why: 'The service can also be taken offline briefly for an unplanned fix; it answers the same way and comes back on its own, without an announcement.',
      fixes: [
        {
          title: 'Retry a little later',
          steps: [
            'Retry after a minute or two with back-off; meanwhile watch the loan’s LTV in the app, and if it nears the margin-call level be ready to add collateral as soon as the service is back.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
