/** Knowledge of -4067 POSITION_SIDE_CHANGE_EXISTS_OPEN_ORDERS. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4067'],
  meaning: 'The position mode (Hedge / One-way) cannot be changed while there are open orders.',
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
  ],
};

export default knowledge;
