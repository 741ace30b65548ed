/** Knowledge of -4058 MAX_PRICE_TOO_LARGE. */
import { exchangeSideConfigCause } from '../../causes/exchange-side-config';
import { fixFirstTreatRequestFailed } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4058'],
  meaning: 'A maximum price together with its decimals is too large. This is one of Binance’s own checks on a symbol’s configuration; normal trading requests do not trigger it.',
  retry: fixFirstTreatRequestFailed,
  causes: [exchangeSideConfigCause],
};

export default knowledge;
