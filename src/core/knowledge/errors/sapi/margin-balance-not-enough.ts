/** Knowledge of sapi:-3041 BALANCE_NOT_CLEARED ("Balance is not enough"). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3041'],
  meaning:
    'A margin-account action (a transfer out, a repayment, an order or closing the account) needs more free balance of the asset than the margin account has. Nothing was moved or placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing happened. Resending the same amount fails the same way: read the free balance of the margin account, then lower the amount or add funds first.',
  },
  causes: [
    {
      id: 'locked-in-orders',
      title: 'Part of the balance is locked by open margin orders',
      why: 'Only the free amount counts; what open orders reserve (locked) cannot be transferred out or used to repay.',
      fixes: [
        {
          title: 'Use the free amount, or cancel orders first',
          steps: [
            'Read free and locked for the asset in GET /sapi/v1/margin/account (isolated: GET /sapi/v1/margin/isolated/account).',
            'Cancel the open orders that hold it, or lower the amount to the free balance.',
          ],
        },
      ],
    },
    {
      id: 'wrong-margin-wallet',
      title: 'The funds are in another wallet (Spot, cross vs isolated)',
      why: 'Cross margin, each isolated pair, and Spot are separate wallets. Money in Spot or in another isolated pair does not count here.',
      fixes: [
        {
          title: 'Transfer into the right margin wallet',
          steps: [
            'Move funds with POST /sapi/v1/asset/transfer (type MAIN_MARGIN into cross margin; MARGIN_ISOLATEDMARGIN with toSymbol into an isolated pair).',
            'For isolated margin, pass isolatedSymbol on the order or repay so it targets the pair that holds the funds.',
          ],
        },
      ],
    },
    {
      id: 'amount-precision-or-interest',
      title: 'The amount counts on more than is really there (interest, fees, rounding)',
      why: 'Interest accrues hourly on loans and fees come off fills, so a balance read a moment ago or an amount rounded up can be slightly more than what is free now.',
      fixes: [
        {
          title: 'Read the balance just before and round down',
          steps: [
            'Read the free balance immediately before the request.',
            'Round the amount down to the asset’s precision and leave a small margin for interest.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
