/** Knowledge of sapi:-11008 "Exceeding the account's maximum borrowable limit." (seen live, on no official page). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-11008'],
  meaning:
    'A margin borrow (or an order that borrows automatically) asked for more than the margin account may borrow — reported when borrowing on isolated margin, where each pair has its own collateral and limits. -11008 is on no official page. Nothing was borrowed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was borrowed. Resending the same amount fails the same way: read the maximum you may borrow for that pair right now, then borrow less or add collateral first.',
  },
  causes: [
    {
      id: 'isolated-collateral-short',
      title: 'The isolated pair holds too little collateral for that loan',
      why: 'An isolated margin pair can borrow only against the assets inside that pair, times its leverage; money in Spot, cross margin or another isolated pair does not count.',
      fixes: [
        {
          title: 'Borrow within maxBorrowable, or add collateral to the pair',
          steps: [
            'Read amount from GET /sapi/v1/margin/maxBorrowable with asset and isolatedSymbol right before borrowing.',
            'Borrow at most that, or first move collateral into the pair (POST /sapi/v1/asset/transfer, type MARGIN_ISOLATEDMARGIN with toSymbol, or ISOLATEDMARGIN_ISOLATEDMARGIN between pairs).',
          ],
        },
      ],
    },
    {
      id: 'isolated-pair-borrow-limit',
      title: 'The pair’s borrow limit for your VIP level is reached',
      why: 'Each isolated pair caps how much of each asset one user may borrow (borrowLimit per VIP level); existing loans count towards it, so more borrowing is refused even with collateral to spare.',
      fixes: [
        {
          title: 'Compare with the pair’s limit',
          steps: [
            'Read borrowLimit for the pair and asset from GET /sapi/v1/margin/isolatedMarginData (symbol=…), and what you owe from GET /sapi/v1/margin/isolated/account.',
            'Repay part of the loan, or trade a pair whose limit has room.',
          ],
        },
      ],
    },
    {
      id: 'auto-borrow-order-too-big',
      title: 'A MARGIN_BUY or AUTO_BORROW_REPAY order needs a loan over the limit',
      why: 'Orders that borrow on placement fail the same way when the part they must borrow is more than the account may borrow.',
      fixes: [
        {
          title: 'Size the order from what you can borrow',
          steps: ['Size the order so the pair’s free assets plus maxBorrowable cover it, with room for fees and price moves.'],
        },
      ],
    },
  ],
};

export default knowledge;
