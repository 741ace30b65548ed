/** Knowledge of -4073 OPTIONS_PREMIUM_INPUT_LESS_THAN_ZERO. */
import { legacyOptionsCause } from '../../causes/legacy-options';
import { neverRetryDoRetryCode } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4073'],
  meaning: 'The premium fee sent is below zero, so the order was refused. It belongs to a retired options feature of the futures API; today’s futures trading does not use it.',
  retry: neverRetryDoRetryCode,
  causes: [legacyOptionsCause],
};

export default knowledge;
