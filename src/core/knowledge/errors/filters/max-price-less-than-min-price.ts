/** Knowledge of -4009 MAX_PRICE_LESS_THAN_MIN_PRICE. */
import { exchangeSideConfigCause } from '../../causes/exchange-side-config';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4009'],
  meaning: 'Binance found a maximum price below the minimum price. This is one of Binance’s own checks on a symbol’s configuration; normal trading requests do not trigger it.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Treat the request as failed. Do not loop on it: check the request, try once more later, and report it to Binance with the full request if it persists.',
  },
  causes: [exchangeSideConfigCause],
};

export default knowledge;
