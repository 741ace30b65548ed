/** Knowledge of sapi:-3008 BORROW_NOT_ALLOWED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3008'],
  meaning:
    'Binance refuses to lend you this asset on margin right now. Either the asset (or the isolated pair) cannot be borrowed at the moment, or your account may not borrow. Nothing was borrowed and no order was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice:
      'Nothing was borrowed. If the message says a transaction is pending, wait for it to finish (seconds) and send once more; otherwise resending the same loan fails the same way: check that the asset is borrowable and that your account may borrow, or trade without borrowing.',
  },
  causes: [
    {
      id: 'pending-transaction',
      title: 'An earlier borrow, repay or transfer is still being processed',
      why: 'Real responses often read “Borrow Failed. You have pending transaction, please try again later.”: Binance refuses a new loan while a previous borrow, repayment or transfer on the margin account is still settling — typical when a bot fires several in a row.',
      fixes: [
        {
          title: 'Wait for the pending one, then borrow once',
          steps: [
            'Send margin borrows, repays and transfers one at a time, and wait for each to report success (GET /sapi/v1/margin/borrow-repay with its tranId).',
            'Retry after a few seconds with a growing pause, at most a few times.',
          ],
        },
      ],
    },
    {
      id: 'asset-not-borrowable',
      title: 'Borrowing of this asset (or pair) is switched off',
      why: 'Binance turns borrowing off per asset or per isolated pair — for delistings, thin liquidity, or risk control — sometimes only for a while.',
      fixes: [
        {
          title: 'Check whether the asset is borrowable',
          steps: [
            'Read isBorrowable for the asset in GET /sapi/v1/margin/allAssets (isolated: isMarginTrade and the pair’s settings in GET /sapi/v1/margin/isolated/allPairs).',
            'If it is off, use another asset or trade without borrowing; check Binance’s announcements for the reason.',
          ],
        },
      ],
    },
    {
      id: 'account-restricted',
      title: 'Your account may not borrow',
      why: 'A margin account under a risk-control limit, with a margin level too low, or whose region or API key does not allow margin cannot take new loans.',
      fixes: [
        {
          title: 'Check the account and the key',
          steps: [
            'Read marginLevel and borrowEnabled in GET /sapi/v1/margin/account.',
            'Make sure the API key has “Enable Spot & Margin Trading” and that the website shows no restriction on your margin account.',
            'Add collateral or repay to lift a low margin level, then try again.',
          ],
        },
      ],
    },
    {
      id: 'auto-borrow-order',
      title: 'An order with MARGIN_BUY or AUTO_BORROW_REPAY tried to borrow',
      why: 'A margin order that borrows the missing part on placement hits the same refusal when that asset cannot be lent.',
      fixes: [
        {
          title: 'Place the order without borrowing',
          steps: ['Use sideEffectType NO_SIDE_EFFECT and size the order to what the margin account already holds.'],
        },
      ],
    },
  ],
};

export default knowledge;
