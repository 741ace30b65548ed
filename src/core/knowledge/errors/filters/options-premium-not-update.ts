/** Knowledge of -4072 OPTIONS_PREMIUM_NOT_UPDATE. */
import { legacyOptionsCause } from '../../causes/legacy-options';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4072'],
  meaning: 'The options premium fee was not updated, so the order was refused. It belongs to a retired options feature of the futures API; today’s futures trading does not use it.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry. This code comes from a retired options function; use the current Binance Options API (eapi) for options instead.',
  },
  causes: [legacyOptionsCause],
};

export default knowledge;
