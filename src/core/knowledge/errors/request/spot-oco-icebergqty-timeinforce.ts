/** Knowledge of spot:-1160 OCO_ICEBERGQTY_TIMEINFORCE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1160'],
  meaning: 'An OCO leg uses icebergQty (FIX: MaxFloor) but its timeInForce is not GTC. Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Set the leg’s timeInForce to GTC or drop icebergQty.' },
  causes: [
    {
      id: 'iceberg-needs-gtc',
      title: 'Iceberg leg without GTC',
      why: 'Iceberg quantities are only allowed on GTC legs.',
      fixes: [
        {
          title: 'Use GTC with iceberg legs',
          steps: ['Set aboveTimeInForce / belowTimeInForce to GTC when you send an iceberg quantity for that leg.'],
        },
      ],
    },
  ],
};

export default knowledge;
