/** Knowledge of -4076 OPTIONS_PREMIUM_TOO_DIFF. */
import { legacyOptionsCause } from '../../causes/legacy-options';
import { neverRetryDoRetryCode } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4076'],
  meaning: 'The premium fee changed too much compared with the last one. It belongs to a retired options feature of the futures API; today’s futures trading does not use it.',
  retry: neverRetryDoRetryCode,
  causes: [legacyOptionsCause],
};

export default knowledge;
