/** Knowledge of -4018 MULTIPLIER_DOWN_LESS_THAN_ZERO. */
import { exchangeSideConfigCause } from '../../causes/exchange-side-config';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4018'],
  meaning: 'Binance found a negative lower price multiplier. This is one of Binance’s own checks on a symbol’s configuration; normal trading requests do not trigger it.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Treat the request as failed. Do not loop on it: check the request, try once more later, and report it to Binance with the full request if it persists.',
  },
  causes: [exchangeSideConfigCause],
};

export default knowledge;
