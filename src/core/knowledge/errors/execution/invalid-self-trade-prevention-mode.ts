/** Knowledge of -5039 INVALID_SELF_TRADE_PREVENTION_MODE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5039'],
  meaning: 'The selfTradePreventionMode value is not valid.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Send a valid self-trade prevention mode, then resend.' },
  causes: [
    {
      id: 'bad-stp-mode',
      title: 'Unknown selfTradePreventionMode',
      why: 'Accepted values are EXPIRE_TAKER, EXPIRE_MAKER, EXPIRE_BOTH and NONE.',
      fixes: [{ title: 'Use a documented value', steps: ['Send one of EXPIRE_TAKER, EXPIRE_MAKER, EXPIRE_BOTH or NONE, or omit the parameter.'] }],
    },
  ],
};

export default knowledge;
