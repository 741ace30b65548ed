/** Knowledge of -4030 INVALID_STEP_SIZE_PRECISION. */
import { exchangeSideConfigCause } from '../../causes/exchange-side-config';
import { fixFirstTreatRequestFailed } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4030'],
  meaning: 'A step size precision failed Binance’s validation. This is one of Binance’s own checks on a symbol’s configuration; normal trading requests do not trigger it.',
  retry: fixFirstTreatRequestFailed,
  causes: [exchangeSideConfigCause],
};

export default knowledge;
