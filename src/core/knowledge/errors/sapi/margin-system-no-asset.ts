/** Knowledge of sapi:-3045 SYSTEM (the margin lending pool has run dry). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3045'],
  meaning:
    'You asked to borrow on margin (or placed a margin order that borrows automatically), and Binance’s lending pool for that asset has nothing left to lend right now. Your account is fine; the platform is out of that coin. Nothing was borrowed and no order was placed.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 60,
    advice:
      'Nothing was borrowed or placed. The pool refills as other users repay, so try again after a while (minutes to hours), not in a tight loop. Meanwhile borrow a smaller amount, or trade without borrowing that asset.',
  },
  causes: [
    {
      id: 'pool-exhausted',
      title: 'The asset’s lending pool is empty for now',
      why: 'Margin loans come from a shared pool per asset. When many users short the same coin (often right after big moves or for small caps), the pool runs out until someone repays.',
      fixes: [
        {
          title: 'Wait and retry with back-off',
          steps: [
            'Check what can still be borrowed with GET /sapi/v1/margin/maxBorrowable (asset, and isolatedSymbol for isolated margin).',
            'Retry after minutes, with a growing pause, and give up after a few tries.',
            'Alert yourself instead of retrying forever: the pool can stay empty for hours.',
          ],
        },
      ],
    },
    {
      id: 'amount-too-large',
      title: 'The amount asks for more than the pool has left',
      why: 'The pool may still hold some of the asset, just less than you asked for; the whole request is then refused.',
      fixes: [
        {
          title: 'Borrow what is available',
          steps: [
            'Read the amount GET /sapi/v1/margin/maxBorrowable returns.',
            'Borrow or size the order to stay under it, rounded down.',
          ],
        },
      ],
    },
    {
      id: 'auto-borrow-order',
      title: 'A margin order with MARGIN_BUY or AUTO_BORROW_REPAY needed a loan',
      why: 'Margin orders with sideEffectType MARGIN_BUY or AUTO_BORROW_REPAY borrow the missing part at placement; when the pool is empty the order fails with this code even though you never called borrow yourself.',
      fixes: [
        {
          title: 'Place it without borrowing, or smaller',
          steps: [
            'Use sideEffectType NO_SIDE_EFFECT and size the order to what you already hold.',
            'Or shrink the order so the loan it needs fits what maxBorrowable reports.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
