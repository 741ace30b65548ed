/** Knowledge of -4085 INVALID_NOTIONAL_LIMIT_COEF. */
import { exchangeSideConfigCause } from '../../causes/exchange-side-config';
import { fixFirstTreatRequestFailed } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4085'],
  meaning: 'A notional limit coefficient is not valid. This is one of Binance’s own checks on a symbol’s configuration; normal trading requests do not trigger it.',
  retry: fixFirstTreatRequestFailed,
  causes: [exchangeSideConfigCause],
};

export default knowledge;
