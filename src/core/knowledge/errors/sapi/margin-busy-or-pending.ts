/** Knowledge of sapi:-3007 HAS_PENDING_TRANSACTION, sapi:-3037 PNL_CLEARING and sapi:-3044 SYSTEM_BUSY (margin requests refused for a moment). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3007', 'sapi:-3037', 'sapi:-3044'],
  meaning:
    'Binance turned this margin request away for now, without looking at its merits: an earlier borrow, repayment, transfer or order on the same margin account is still being processed (-3007), the account’s profit and loss is being settled (-3037), or the margin system is busy (-3044). This request did nothing.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice:
      'This request did nothing. Wait a few seconds, check how the earlier operation on the account ended, then send once more — with a growing pause and only a few attempts. If the earlier operation was the same transfer or repayment, it may already have done what you wanted.',
  },
  causes: [
    {
      id: 'pending-transaction',
      title: 'An earlier borrow, repay, transfer or order on the account is still settling',
      why: 'Margin operations on one account are processed one after another. A bot that fires a borrow, an auto-borrow order and a transfer back to back — or two orders with AUTO_REPAY / AUTO_BORROW_REPAY — hits the one still in progress.',
      fixes: [
        {
          title: 'Serialise margin operations and wait for each to finish',
          steps: [
            'Send borrows, repayments, transfers and borrowing orders on one margin account one at a time.',
            'After each, confirm it finished: GET /sapi/v1/margin/borrow-repay (with the tranId as txId), GET /sapi/v1/margin/transfer, or GET /sapi/v1/margin/order for orders.',
            'On -3007, pause a second or two and retry, doubling the pause up to a few attempts.',
          ],
        },
      ],
    },
    {
      id: 'pnl-settlement',
      title: 'Binance is settling the account’s profit and loss (-3037)',
      why: 'Right after fills, a liquidation or interest posting, Binance recalculates the margin account and briefly holds back transfers, loans and repayments on it. The message itself asks you to wait a second.',
      fixes: [
        {
          title: 'Retry after a short pause',
          steps: [
            'Wait one to a few seconds and resend once.',
            'If it keeps failing, read marginLevelStatus in GET /sapi/v1/margin/account (isolated: GET /sapi/v1/margin/isolated/account): a liquidation in progress holds the account longer — check GET /sapi/v1/margin/forceLiquidationRec.',
          ],
        },
      ],
    },
    {
      id: 'margin-system-busy',
      title: 'The margin system is overloaded (-3044)',
      why: 'At volatile moments the margin service sheds load and answers “System busy” to requests it did not process, across many users at once.',
      fixes: [
        {
          title: 'Back off and retry a few times',
          steps: [
            'Retry after a few seconds with a growing pause; stop after a handful of attempts.',
            'Check GET /sapi/v1/system/status and Binance’s status announcements when it lasts longer than a minute.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'burst',
    questions: [
      {
        id: 'burst',
        text: 'Did your program send another borrow, repayment, transfer or borrowing order on this margin account just before (or at the same time)?',
        options: [
          { value: 'yes', label: 'Yes, several in a row or in parallel', ranks: ['pending-transaction', 'pnl-settlement'] },
          { value: 'after-fill', label: 'No, but an order had just filled or the account was near liquidation', ranks: ['pnl-settlement', 'pending-transaction'] },
          { value: 'no', label: 'No, it was a single request', ranks: ['margin-system-busy', 'pnl-settlement'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['pending-transaction', 'pnl-settlement', 'margin-system-busy'] },
        ],
      },
    ],
  },
};

export default knowledge;
