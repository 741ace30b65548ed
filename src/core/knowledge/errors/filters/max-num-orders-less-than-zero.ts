/** Knowledge of -4012 MAX_NUM_ORDERS_LESS_THAN_ZERO. */
import { exchangeSideConfigCause } from '../../causes/exchange-side-config';
import { fixFirstTreatRequestFailed } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4012'],
  meaning: 'Binance found a negative maximum number of orders. This is one of Binance’s own checks on a symbol’s configuration; normal trading requests do not trigger it.',
  retry: fixFirstTreatRequestFailed,
  causes: [exchangeSideConfigCause],
};

export default knowledge;
