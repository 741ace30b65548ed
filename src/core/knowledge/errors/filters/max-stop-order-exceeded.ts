/** Knowledge of -4045 MAX_STOP_ORDER_EXCEEDED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4045'],
  meaning: 'You have reached the maximum number of stop / conditional orders allowed on this symbol.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Cancel stop orders you no longer need on this symbol, then place the new one.',
  },
  causes: [
    {
      id: 'too-many-stops',
      title: 'Too many open conditional orders on the symbol',
      why: 'Each symbol limits open conditional orders (MAX_NUM_ALGO_ORDERS in exchangeInfo). Bots that add a new stop on every update without cancelling the old one fill the quota.',
      fixes: [
        {
          title: 'Cancel stale stops',
          steps: [
            'List open conditional orders (GET /fapi/v1/openAlgoOrders).',
            'Cancel the ones you replaced (DELETE /fapi/v1/algoOrder), and replace rather than add in your code.',
            'Use closePosition=true so one stop covers the whole position.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
