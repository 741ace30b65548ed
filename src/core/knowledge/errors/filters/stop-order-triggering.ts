/** Knowledge of -4117 STOP_ORDER_TRIGGERING. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4117'],
  meaning: 'The stop order is being triggered right now, so it cannot be changed or cancelled at this moment.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Find out what the order became before you act: it is in the middle of triggering and may fill in a moment. Query it after a second or two (or watch the user-data stream), then decide.',
  },
  causes: [
    {
      id: 'triggering',
      title: 'A cancel/modify raced with the trigger',
      why: 'The market reached the stop price as you tried to cancel or change it.',
      fixes: [
        {
          title: 'Wait, query, then act',
          steps: [
            'Pause briefly, then query the order (GET /fapi/v1/algoOrder or GET /fapi/v1/order).',
            'If it filled, update the position; if not, repeat the cancel.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
