/** Knowledge of -4011 STEP_SIZE_LESS_THAN_ZERO. */
import { exchangeSideConfigCause } from '../../causes/exchange-side-config';
import { fixFirstTreatRequestFailed } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4011'],
  meaning: 'Binance found a step size of zero or less. This is one of Binance’s own checks on a symbol’s configuration; normal trading requests do not trigger it.',
  retry: fixFirstTreatRequestFailed,
  causes: [exchangeSideConfigCause],
};

export default knowledge;
