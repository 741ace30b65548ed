/** Knowledge of -4063 INVALID_OPTIONS_REQUEST_TYPE. */
import { legacyOptionsCause } from '../../causes/legacy-options';
import { neverRetryDoRetryCode } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4063'],
  meaning: 'The options request type is not valid. It belongs to a retired options feature of the futures API; today’s futures trading does not use it.',
  retry: neverRetryDoRetryCode,
  causes: [legacyOptionsCause],
};

export default knowledge;
