/** Knowledge of -4033 INSURANCE_ACCOUNT_NOT_FOUND. */
import { exchangeSideConfigCause } from '../../causes/exchange-side-config';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4033'],
  meaning: 'Binance could not find an insurance account it needed. This is one of Binance’s own checks on a symbol’s configuration; normal trading requests do not trigger it.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Treat the request as failed. Do not loop on it: check the request, try once more later, and report it to Binance with the full request if it persists.',
  },
  causes: [exchangeSideConfigCause],
};

export default knowledge;
