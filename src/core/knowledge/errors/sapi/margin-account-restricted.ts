/**
 * Knowledge of the margin refusals tied to your account rather than to an asset: trading, transfers in or out,
 * borrowing or repaying not allowed or banned (sapi:-3004, -3005, -3010, -3014, -3018, -3019, -3022, -3036, -3043).
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3004', 'sapi:-3005', 'sapi:-3010', 'sapi:-3014', 'sapi:-3018', 'sapi:-3019', 'sapi:-3022', 'sapi:-3036', 'sapi:-3043'],
  meaning:
    'Your margin account (or this isolated pair of it) may not do this action at the moment: trade (-3004, -3022), move funds out (-3005, -3019) or in (-3018, -3043), borrow (-3014) or repay (-3010, -3036). The block is on the account, not on the asset. Nothing was moved, borrowed, repaid or placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice:
      'Nothing happened. Resending fails the same way while the block lasts: read the account’s margin status to see which action is off and why, and wait for a liquidation to finish or contact Binance about a restriction.',
  },
  causes: [
    {
      id: 'liquidation-in-progress',
      title: 'The account or pair is being liquidated (or close to it)',
      why: 'When the margin level falls to the liquidation line, Binance takes over the account: trading, transfers, borrowing and repaying by you are refused until the liquidation is done.',
      fixes: [
        {
          title: 'Wait for the liquidation, then check what is left',
          steps: [
            'Read marginLevelStatus in GET /sapi/v1/margin/account (isolated: GET /sapi/v1/margin/isolated/account with symbols): PRE_LIQUIDATION or FORCE_LIQUIDATION means the engine holds the account.',
            'Check GET /sapi/v1/margin/forceLiquidationRec, then retry once the status is back to NORMAL.',
            'To avoid it next time, keep the margin level well above the margin-call line (add collateral or repay earlier).',
          ],
        },
      ],
    },
    {
      id: 'account-action-disabled',
      title: 'Binance has switched that action off for your account',
      why: 'Risk control, a compliance or identity review, or a regional rule can disable trading, transfers or borrowing on a margin account. The account endpoint shows which switch is off.',
      fixes: [
        {
          title: 'Read the account’s switches',
          steps: [
            'Check tradeEnabled, transferInEnabled, transferOutEnabled and borrowEnabled in GET /sapi/v1/margin/account (isolated pairs: tradeEnabled and enabled in GET /sapi/v1/margin/isolated/account).',
            'If one is false while marginLevelStatus is NORMAL, look for a notice on the website or app and contact Binance support; the API cannot lift it.',
          ],
        },
      ],
    },
    {
      id: 'account-mode-or-pair-off',
      title: 'The account, pair or sub-account is not set up for this',
      why: 'An isolated pair that was disabled (or never enabled) refuses trades and transfers; an account switched to Portfolio Margin or Cross Margin Pro no longer takes every classic margin call; and a sub-account only has what its master enabled.',
      fixes: [
        {
          title: 'Use the account as it is set up',
          steps: [
            'For isolated margin, check the pair in GET /sapi/v1/margin/isolated/account and enable it with POST /sapi/v1/margin/isolated/account if needed.',
            'Check accountType in GET /sapi/v1/margin/account; a Portfolio Margin account trades through its own Portfolio Margin API instead.',
            'For a sub-account, have the master check its margin status (GET /sapi/v1/sub-account/status) and enable margin for it.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'status',
    questions: [
      {
        id: 'status',
        text: 'What does GET /sapi/v1/margin/account (or the isolated account) show?',
        help: 'Look at marginLevelStatus and the switches tradeEnabled, transferInEnabled, transferOutEnabled, borrowEnabled (isolated pairs: enabled, tradeEnabled).',
        options: [
          { value: 'liquidation', label: 'marginLevelStatus is MARGIN_CALL, PRE_LIQUIDATION or FORCE_LIQUIDATION', ranks: ['liquidation-in-progress', 'account-action-disabled'] },
          { value: 'switch-off', label: 'A switch is false while the status is NORMAL', ranks: ['account-action-disabled', 'account-mode-or-pair-off'] },
          { value: 'mode', label: 'The isolated pair is not enabled, or the account is Portfolio Margin / Pro / a sub-account', ranks: ['account-mode-or-pair-off', 'account-action-disabled'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['liquidation-in-progress', 'account-action-disabled', 'account-mode-or-pair-off'] },
        ],
      },
    ],
  },
};

export default knowledge;
