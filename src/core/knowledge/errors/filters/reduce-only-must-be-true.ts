/** Knowledge of -4138 REDUCE_ONLY_MUST_BE_TRUE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4138'],
  meaning: 'closePosition=true cannot be combined with reduceOnly=false: a close-all order can only reduce.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Remove reduceOnly (or closePosition) and resend.' },
  causes: [
    {
      id: 'reduce-only-false-with-close',
      title: 'reduceOnly=false sent with closePosition=true',
      why: 'Some code always sends reduceOnly (true or false); with closePosition=true the false value contradicts it.',
      fixes: [{ title: 'Do not send reduceOnly with closePosition', steps: ['Omit reduceOnly whenever closePosition=true.'] }],
    },
  ],
};

export default knowledge;
