/** Knowledge of sapi:-3023 WARNING_MARGIN_LEVEL and sapi:-3020 EXCEED_MAX_ROLLOUT (the margin level limits transfers out and new risk). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3023', 'sapi:-3020'],
  meaning:
    'Your margin account has loans, and what you asked would leave too little collateral behind them: the margin level is too low to move funds out or to place this order (-3023), or the amount is more than may be transferred out (-3020). Nothing was moved or placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice:
      'Nothing happened. Resending the same amount fails the same way: read how much may leave the account (or how low the margin level is), then transfer less, or repay loans / add collateral first.',
  },
  causes: [
    {
      id: 'over-max-transferable',
      title: 'More than the transferable amount was asked for',
      why: 'Collateral that backs open loans cannot leave the margin account. The transferable amount shrinks with every loan, with hourly interest and when prices move against you, so an amount read earlier — or the whole balance — is too much.',
      fixes: [
        {
          title: 'Transfer at most maxTransferable',
          steps: [
            'Read amount from GET /sapi/v1/margin/maxTransferable (asset; isolatedSymbol for an isolated pair) just before the transfer.',
            'Transfer that much or less, rounded down; to take out everything, repay the loans first (POST /sapi/v1/margin/borrow-repay, type REPAY).',
          ],
        },
      ],
    },
    {
      id: 'margin-level-low',
      title: 'The margin level is near the margin-call line',
      why: 'Below a safety threshold Binance stops transfers out altogether and refuses orders that would add risk, so the account does not slide into liquidation.',
      fixes: [
        {
          title: 'Raise the margin level first',
          steps: [
            'Read marginLevel and marginLevelStatus in GET /sapi/v1/margin/account (isolated: GET /sapi/v1/margin/isolated/account).',
            'Repay part of the loans or transfer collateral in (POST /sapi/v1/asset/transfer type MAIN_MARGIN, or MARGIN_ISOLATEDMARGIN for a pair), then try again.',
          ],
        },
      ],
    },
    {
      id: 'risk-increasing-order',
      title: 'The order would borrow more or enlarge the position',
      why: 'With a low margin level, a new order that borrows on placement (MARGIN_BUY, AUTO_BORROW_REPAY) or adds to the exposure is refused, while the account can still reduce its debt.',
      fixes: [
        {
          title: 'Reduce before adding',
          steps: [
            'Place orders that reduce the loan (e.g. sell the borrowed-against asset with sideEffectType AUTO_REPAY) or repay directly.',
            'Size new borrowing orders from GET /sapi/v1/margin/maxBorrowable once the margin level has recovered.',
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
          { value: 'transfer-out', label: 'Move funds out of the margin account', ranks: ['over-max-transferable', 'margin-level-low'] },
          { value: 'order', label: 'Place an order', ranks: ['risk-increasing-order', 'margin-level-low'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['margin-level-low', 'over-max-transferable', 'risk-increasing-order'] },
        ],
      },
    ],
  },
};

export default knowledge;
