/**
 * Knowledge of the Crypto Loans codes that refuse a way of repaying: sapi:-10032 and -10034 REPAY_NOT_AVAILABLE,
 * -10045 COLLTERAL_REPAY_NOT_SUPPORTED (repay with collateral).
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-10032', 'sapi:-10034', 'sapi:-10045'],
  meaning:
    'A Crypto Loans repayment was refused because that way of repaying is not available now: repayment is paused for the moment (-10032), or repaying with collateral is not offered right now or for this loan coin (-10034, -10045) — repaying with the borrowed coin is the way that remains. Nothing was repaid, and interest keeps accruing.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was repaid. Repay with the borrowed coin instead (repaymentType 1, the default), or — if repayment as a whole is paused — wait a while and try again.',
  },
  causes: [
    {
      id: 'loan-collateral-repay-off',
      title: 'Repaying with collateral is not available for this loan coin (-10034, -10045)',
      why: 'Repaying with collateral means Binance sells part of your collateral for the loan coin. It is offered only for some coin pairs and is switched off when the market for the pair is thin or moving fast.',
      fixes: [
        {
          title: 'Repay with the borrowed coin',
          steps: [
            'Buy or transfer enough of the loan coin into your Spot wallet (sell some collateral yourself if needed).',
            'Repay with POST /sapi/v2/loan/flexible/repay and repaymentType=1 (or leave it out), with fullRepayment=true to close the loan.',
          ],
        },
        {
          title: 'Check the collateral-repay rate before trying again',
          steps: [
            'Read the pair’s current rate with GET /sapi/v2/loan/flexible/repay/rate (loanCoin, collateralCoin) and try POST /sapi/v2/loan/flexible/repay/collateral (or repaymentType=2) again later; fall back to the borrowed coin whenever it is refused.',
          ],
        },
      ],
    },
    {
      id: 'loan-repay-paused',
      title: 'Repayment is paused for a short time (-10032)',
      why: 'During maintenance, settlement or a liquidation check on your loan, repayments are held back for a moment. Your debt is unchanged and is repayable again shortly.',
      fixes: [
        {
          title: 'Wait, then repay once',
          steps: [
            'Wait a few minutes and check the loan in GET /sapi/v2/loan/flexible/ongoing/orders (currentLTV, totalDebt).',
            'Then send the repayment again; if LTV is close to the liquidation level, add collateral from the app meanwhile.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
