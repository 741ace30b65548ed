/** Knowledge of usdm:-1128 OPTIONAL_PARAMS_BAD_COMBO on USD-M Futures. */
import { badComboCause } from '../../causes/bad-combo';
import { stopOrOtherOrder } from '../../rules/stop-or-other-order';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['usdm:-1128'],
  meaning: 'USD-M refused a combination of optional parameters. The message does not name them: either two fields that exclude (or need) each other were sent, or the account’s settings do not allow this combination. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done — if it was a stop-loss or take-profit, your position is not protected. Change the parameters or the account setting, then place it again.',
  },
  causes: [
    badComboCause,
    {
      id: 'multi-assets-mode-blocks-params',
      title: 'The account is in Multi-Assets margin mode, which refuses this combination',
      why: 'The same request is valid in single-asset mode; the account setting, not the code, makes Binance refuse it. Reported for take-profit and stop-loss orders placed right after an entry that went through: switching the futures account back to single-asset mode made them work.',
      fixes: [
        {
          title: 'Check the asset mode, then switch it or drop the refused field',
          steps: [
            'Read the mode: GET /fapi/v1/multiAssetsMargin answers multiAssetsMargin true or false.',
            'Switch to single-asset mode (POST /fapi/v1/multiAssetsMargin with multiAssetsMargin=false, or in the futures settings) if you do not need Multi-Assets.',
            'Otherwise send the protective order with fewer optional fields (one of closePosition, reduceOnly or quantity at a time) and see which one is refused.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'order-kind',
    questions: [
      {
        id: 'order-kind',
        text: 'Was the refused call a stop-loss or take-profit order?',
        options: [
          { value: 'stop', label: 'Yes, a stop-loss or take-profit', next: 'asset-mode' },
          { value: 'other', label: 'No: another order, or a history / lookup call', ranks: ['bad-combo'] },
        ],
        auto: stopOrOtherOrder,
      },
      {
        id: 'asset-mode',
        text: 'Is the futures account in Multi-Assets mode (GET /fapi/v1/multiAssetsMargin says true)?',
        options: [
          { value: 'multi', label: 'Yes, Multi-Assets mode', ranks: ['multi-assets-mode-blocks-params', 'bad-combo'] },
          { value: 'single', label: 'No, single-asset mode', ranks: ['bad-combo'] },
        ],
      },
    ],
  },
};

export default knowledge;
