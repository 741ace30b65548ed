/** Knowledge of sapi:-3013 LT_MIN_BORROWABLE, sapi:-3016 LT_MIN_REPAY and sapi:-3024 FEW_LIABILITY_LEFT (margin amounts under a minimum). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3013', 'sapi:-3016', 'sapi:-3024'],
  meaning:
    'A margin borrow or repayment was refused because an amount is under Binance’s minimum for that asset: the loan you asked for is too small (-3013), the repayment is too small (-3016), or the repayment would leave a debt too small to keep open (-3024). Nothing was borrowed or repaid.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice:
      'Nothing was borrowed or repaid. Resending the same amount fails the same way: read the asset’s minimums, then borrow or repay at least that much — or repay the whole debt, interest included, so nothing small is left.',
  },
  causes: [
    {
      id: 'borrow-below-min',
      title: 'The loan is smaller than the asset’s minimum borrow (-3013)',
      why: 'Each margin asset has a smallest loan Binance will open (userMinBorrow). Bots that borrow exactly the shortfall of an order often ask for a few units of the last decimal.',
      fixes: [
        {
          title: 'Borrow at least the minimum, or not at all',
          steps: [
            'Read userMinBorrow for the asset in GET /sapi/v1/margin/allAssets.',
            'If the shortfall is under it, borrow the minimum (within GET /sapi/v1/margin/maxBorrowable) or size the order to what the margin account already holds.',
          ],
        },
      ],
    },
    {
      id: 'repay-below-min',
      title: 'The repayment is smaller than the asset’s minimum repay (-3016)',
      why: 'Repayments also have a floor per asset (userMinRepay). Repaying a tiny leftover, or an amount that lost digits to rounding, falls under it.',
      fixes: [
        {
          title: 'Repay at least the minimum',
          steps: [
            'Read userMinRepay for the asset in GET /sapi/v1/margin/allAssets.',
            'Repay at least that much with POST /sapi/v1/margin/borrow-repay (type REPAY), or the whole debt if it is smaller.',
          ],
        },
      ],
    },
    {
      id: 'dust-debt-left',
      title: 'A partial repayment would leave a dust-sized debt (-3024)',
      why: 'Binance refuses a repayment that leaves a remainder below the asset’s minimum loan. Interest accrues every hour, so a debt read a while ago is slightly larger now, and “repay all but a little” lands there.',
      fixes: [
        {
          title: 'Repay the whole debt, or leave a real remainder',
          steps: [
            'Read borrowed and interest for the asset in GET /sapi/v1/margin/account (isolated: GET /sapi/v1/margin/isolated/account) right before repaying.',
            'Repay borrowed + interest in full (with the asset in the margin account), or repay less so the rest stays above userMinBorrow.',
            'For debts too small to repay normally, check GET /sapi/v1/margin/exchange-small-liability and convert them with POST /sapi/v1/margin/exchange-small-liability.',
          ],
        },
      ],
    },
    {
      id: 'amount-rounding',
      title: 'The amount was rounded or formatted down to almost nothing',
      why: 'An amount computed in floating point can reach Binance as 1e-8, as a value truncated to the asset’s precision, or as zero after rounding — well under any minimum.',
      fixes: [
        {
          title: 'Send a decimal string at the asset’s precision',
          steps: [
            'Format the amount as a plain decimal string (no exponent), rounded to the asset’s precision.',
            'Log the exact amount your code sends and compare it with userMinBorrow / userMinRepay from GET /sapi/v1/margin/allAssets.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'action',
    questions: [
      {
        id: 'action',
        text: 'What did the failing request do?',
        options: [
          { value: 'borrow', label: 'Borrow (or an order that borrows on placement)', ranks: ['borrow-below-min', 'amount-rounding'] },
          { value: 'repay-part', label: 'Repay part of a debt', ranks: ['dust-debt-left', 'repay-below-min', 'amount-rounding'] },
          { value: 'repay-small', label: 'Repay a small leftover or a tiny amount', ranks: ['repay-below-min', 'amount-rounding', 'dust-debt-left'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['borrow-below-min', 'repay-below-min', 'dust-debt-left', 'amount-rounding'] },
        ],
      },
    ],
  },
};

export default knowledge;
