/** Knowledge of -4067 POSITION_SIDE_CHANGE_EXISTS_OPEN_ORDERS. */
import { snippetSet } from '../../snippet-set';
import { marginOrModeCall } from '../../rules/margin-or-mode-call';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4067'],
  meaning: 'The position mode (Hedge / One-way) cannot be changed while there are open orders. Binance has also been seen to answer a margin-type change that was already in place with this code.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Cancel all open orders first — on USD-M and COIN-M, which share the setting — or keep the current mode.',
  },
  causes: [
    {
      id: 'open-orders-block-mode',
      title: 'Open orders somewhere on the account',
      why: 'The mode is account-wide and shared by USD-M and COIN-M, so a forgotten order on any symbol, in either product, blocks the change.',
      fixes: [
        {
          title: 'Cancel everything, then switch',
          steps: [
            'List open orders on USD-M and COIN-M (GET /fapi/v1/openOrders and GET /dapi/v1/openOrders without symbol), plus conditional orders (GET /fapi/v1/openAlgoOrders).',
            'Cancel them, switch the mode, then re-place what you need.',
            'Or adapt your code to the current mode instead of switching.',
          ],
          snippets: snippetSet('snippets/read-mode-first-only'),
        },
      ],
    },
    {
      id: 'margin-type-noop',
      title: 'A margin-type change that was already in place',
      why: 'POST /fapi/v1/marginType for a symbol that already has the requested type normally answers -4046 ("No need to change margin type."). With no position on the symbol Binance has been seen to answer -4067 instead — a position-mode message about open orders that do not exist (reported in 2026 with 0 orders, 0 position, One-way Mode and the margin type already set). Nothing needs changing.',
      fixes: [
        {
          title: 'Read the margin type first and skip the call when it already matches',
          steps: [
            'Read marginType of the symbol (GET /fapi/v3/positionRisk; "cross" or "isolated") before changing it.',
            'Call POST /fapi/v1/marginType only when it differs.',
            'If a marginType call still answers -4067 while the symbol shows the wanted type and no open orders, treat it like -4046: already done.',
          ],
          confirm: { method: 'GET', path: '/fapi/v3/positionRisk', look: 'marginType of the symbol is already the one you asked for' },
        },
      ],
    },
  ],
  tree: {
    start: 'call',
    questions: [
      {
        id: 'call',
        text: 'Which setting was the call changing?',
        options: [
          { value: 'position-mode', label: 'The position mode: Hedge / One-way (positionSide/dual)', ranks: ['open-orders-block-mode'] },
          { value: 'margin-type', label: 'The margin type: ISOLATED / CROSSED (marginType)', ranks: ['margin-type-noop', 'open-orders-block-mode'] },
        ],
        auto: marginOrModeCall,
      },
    ],
  },
};

export default knowledge;
