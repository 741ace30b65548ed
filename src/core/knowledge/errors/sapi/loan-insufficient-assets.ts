/** Knowledge of sapi:-10011 INSUFFICIENT_ASSET ("Insufficient spot assets.") and -10013 INSUFFICIENT_AMOUNT ("Insufficient collateral amount."). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-10011', 'sapi:-10013'],
  meaning:
    'A Crypto Loans borrow, repayment or collateral top-up needed more of a coin than your Spot wallet holds freely (-10011), or the collateral you offered is not enough for the loan you asked for (-10013). Nothing was borrowed, repaid or pledged.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending the same amounts fails the same way: put the coins in your Spot wallet, or lower the loan (or raise the collateral) until the numbers fit.',
  },
  causes: [
    {
      id: 'loan-funds-not-in-spot',
      title: 'The coins are in Earn, Funding or another wallet, not in Spot',
      why: 'Through the API, collateral and repayments are taken only from the Spot wallet. The website can pledge coins held in Simple Earn directly, the API cannot: coins in Earn, Funding, margin or futures count as missing.',
      fixes: [
        {
          title: 'Move the coins to Spot first',
          steps: [
            'Check the free balance in Spot with GET /api/v3/account.',
            'Redeem from Simple Earn (POST /sapi/v1/simple-earn/flexible/redeem with destAccount=SPOT) or transfer from Funding (POST /sapi/v1/asset/transfer, type FUNDING_MAIN), then send the loan request again.',
          ],
        },
      ],
    },
    {
      id: 'loan-collateral-below-initial-ltv',
      title: 'The collateral is too small for the loan at the initial LTV (-10013)',
      why: 'A new loan may be at most the collateral’s value times its initial LTV (for example 65 %, shown in the collateral list). Asking for loanAmount with too little collateral behind it, or a price move since you computed it, is refused.',
      fixes: [
        {
          title: 'Size the loan from the collateral',
          steps: [
            'Read initialLTV for the collateral coin from GET /sapi/v2/loan/flexible/collateral/data.',
            'Borrow at most collateral value × initialLTV, with a margin for price moves — or send collateralAmount instead of loanAmount and let Binance work out the loan.',
          ],
        },
      ],
    },
    {
      id: 'loan-balance-locked',
      title: 'Part of the Spot balance is locked in orders',
      why: 'Only the free balance can be pledged or used to repay; coins reserved by open orders are not available.',
      fixes: [
        {
          title: 'Use the free amount',
          steps: [
            'Compare free with locked in GET /api/v3/account, cancel the orders that hold the coins, or lower the amount.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
