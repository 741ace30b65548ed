/** Knowledge of sapi:-3006 EXCEED_MAX_BORROWABLE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3006'],
  meaning:
    'You asked to borrow more of an asset than your margin account may borrow right now. The limit depends on your collateral, the leverage of the account (or pair) and a per-user cap. Nothing was borrowed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was borrowed. Resending the same amount fails the same way: read the current maximum, then borrow that much or less, or add collateral first.',
  },
  causes: [
    {
      id: 'over-collateral-limit',
      title: 'Not enough collateral for that loan',
      why: 'What you can borrow grows with the net assets in the margin account and the account’s leverage (3x, 5x, 10x). A loan sized from a Spot balance or from the price a minute ago can be over it.',
      fixes: [
        {
          title: 'Borrow within maxBorrowable',
          steps: [
            'Read amount from GET /sapi/v1/margin/maxBorrowable (asset; isolatedSymbol for an isolated pair) right before borrowing.',
            'Borrow at most that, rounded down, or transfer more collateral into the margin account first.',
          ],
        },
      ],
    },
    {
      id: 'user-cap',
      title: 'Your per-user cap for the asset is reached',
      why: 'Each asset has a borrow limit per user, tied to your VIP level (borrowLimit in maxBorrowable). Existing loans count towards it, so further borrowing is refused even with plenty of collateral.',
      fixes: [
        {
          title: 'Check the cap and what you already owe',
          steps: [
            'Compare borrowLimit from GET /sapi/v1/margin/maxBorrowable with borrowed in GET /sapi/v1/margin/account.',
            'Repay part of the loan or borrow another asset.',
          ],
        },
      ],
    },
    {
      id: 'auto-borrow-order-too-big',
      title: 'A MARGIN_BUY / AUTO_BORROW_REPAY order needs a loan over the limit',
      why: 'A margin order that borrows on placement fails the same way when the part it must borrow exceeds the maximum.',
      fixes: [
        {
          title: 'Size the order from what you can borrow',
          steps: ['Size the order so holdings plus maxBorrowable cover it, leaving room for fees and price moves.'],
        },
      ],
    },
  ],
};

export default knowledge;
