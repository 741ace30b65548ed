/** Knowledge of -4064 INVALID_OPTIONS_TIME_FRAME. */
import { legacyOptionsCause } from '../../causes/legacy-options';
import { neverRetryDoRetryCode } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4064'],
  meaning: 'The options time frame is not valid. It belongs to a retired options feature of the futures API; today’s futures trading does not use it.',
  retry: neverRetryDoRetryCode,
  causes: [legacyOptionsCause],
};

export default knowledge;
