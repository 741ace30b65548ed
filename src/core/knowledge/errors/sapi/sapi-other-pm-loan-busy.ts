/** Knowledge of sapi:-21006 HAD_IN_PROCESS_REPAY and -21007 IN_FORCE_LIQUIDATION (Portfolio Margin bankruptcy-loan repayment). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-21006', 'sapi:-21007'],
  meaning:
    'A repayment of a Portfolio Margin bankruptcy loan was refused because something else is running on the account: an earlier repayment is still being processed (-21006), or the account is being liquidated (-21007). This request repaid nothing.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'This request did nothing. Wait until the running repayment or liquidation has finished, check what is still owed, and repay only what remains.',
  },
  causes: [
    {
      id: 'pm-repay-in-progress',
      title: 'An earlier repayment is still being processed (-21006)',
      why: 'A repayment takes a moment to settle; a second call sent meanwhile — a retry after a timeout, or two bots — is refused so the loan is not repaid twice.',
      fixes: [
        {
          title: 'Wait, then check what is left',
          steps: [
            'Wait a minute and read GET /sapi/v1/portfolio/pmLoan: if the amount is now zero, the first repayment went through and nothing more is needed.',
          ],
        },
      ],
    },
    {
      id: 'pm-liquidation-running',
      title: 'The account is being liquidated (-21007)',
      why: 'While a liquidation runs, Binance is itself closing positions and settling balances; repayments are held back until it ends.',
      fixes: [
        {
          title: 'Wait for the liquidation to end',
          steps: [
            'Watch the account in GET /sapi/v1/portfolio/account until the liquidation is over, then check GET /sapi/v1/portfolio/pmLoan and repay what remains.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
