/** Knowledge of -5040 FUTURE_GOOD_TILL_DATE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5040'],
  meaning: 'The goodTillDate of your GTD order is out of range: it must be more than 600 seconds in the future and no later than 253402300799000 (9999-12-31).',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Set goodTillDate far enough ahead (in milliseconds) and resend.',
  },
  causes: [
    {
      id: 'gtd-too-soon',
      title: 'goodTillDate too close, in the past, or in seconds',
      why: 'A GTD expiry under ten minutes away, computed from a clock behind Binance, or given in seconds instead of milliseconds fails the check.',
      fixes: [
        {
          title: 'Compute it from server time in milliseconds',
          steps: [
            'goodTillDate = serverTime (GET /fapi/v1/time) + at least 600000 ms plus a margin.',
            'Send it in milliseconds; only whole seconds count.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
