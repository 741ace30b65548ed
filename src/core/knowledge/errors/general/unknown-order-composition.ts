/** Knowledge of -1014 UNKNOWN_ORDER_COMPOSITION. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1014'],
  meaning: 'The mix of order type, time-in-force and flags you sent is not a combination Binance supports. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Change the combination of parameters, then send again; the same request will keep failing.',
  },
  causes: [
    {
      id: 'unsupported-combination',
      title: 'An order type combined with a parameter or flag it does not accept',
      why: 'Each order type takes its own set of parameters; adding a time-in-force, price or flag that the type does not support, or combining flags that exclude each other, is refused as a whole.',
      fixes: [
        {
          title: 'Send only the parameters the order type takes',
          steps: [
            'LIMIT: quantity, price and timeInForce. MARKET: quantity only (no price, no timeInForce).',
            'Stop and take-profit types need stopPrice; closePosition=true is not combined with quantity or reduceOnly.',
            'Compare your request with the New Order page of the product you use (POST /fapi/v1/order, /dapi/v1/order, /api/v3/order) and remove what is not listed for that type.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
