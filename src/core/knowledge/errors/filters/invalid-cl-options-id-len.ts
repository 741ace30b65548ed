/** Knowledge of -4070 INVALID_CL_OPTIONS_ID_LEN. */
import { legacyOptionsCause } from '../../causes/legacy-options';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4070'],
  meaning: 'The client options id is not valid (too long or malformed). It belongs to a retired options feature of the futures API; today’s futures trading does not use it.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry. This code comes from a retired options function; use the current Binance Options API (eapi) for options instead.',
  },
  causes: [legacyOptionsCause],
};

export default knowledge;
