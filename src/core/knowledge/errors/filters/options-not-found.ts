/** Knowledge of -4081 OPTIONS_NOT_FOUND. */
import { legacyOptionsCause } from '../../causes/legacy-options';
import { neverRetryDoRetryCode } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4081'],
  meaning: 'The options contract was not found. It belongs to a retired options feature of the futures API; today’s futures trading does not use it.',
  retry: neverRetryDoRetryCode,
  causes: [legacyOptionsCause],
};

export default knowledge;
