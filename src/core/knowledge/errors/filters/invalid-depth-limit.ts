/** Knowledge of -4021 INVALID_DEPTH_LIMIT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4021'],
  meaning: 'The depth (order book) request asked for a limit that is not allowed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Use one of the allowed limits and request again.' },
  causes: [
    {
      id: 'bad-depth-limit',
      title: 'limit not one of 5, 10, 20, 50, 100, 500, 1000',
      why: 'GET /fapi/v1/depth (and /dapi/v1/depth) only take those values for limit.',
      fixes: [
        {
          title: 'Send an allowed limit',
          steps: ['Pick the nearest allowed value: 5, 10, 20, 50, 100, 500 or 1000.', 'Smaller limits also cost less request weight.'],
        },
      ],
    },
  ],
};

export default knowledge;
