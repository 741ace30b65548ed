/** Knowledge of pm:-5041 TOO_MANY_REQUESTS_IN_QUEUE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['pm:-5041'],
  meaning: 'Too many requests from your account were waiting at the same time, and this one timed out in the queue before it was handled.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Back off and lower how many requests you send at once, then retry. If it was an order, a quick check by its client order id before resending costs little.',
  },
  causes: [
    {
      id: 'too-much-concurrency',
      title: 'Too many simultaneous requests from one account',
      why: 'Portfolio Margin queues an account’s requests; firing many in parallel (several bots, unbounded async tasks) makes some time out.',
      fixes: [
        {
          title: 'Limit concurrency',
          steps: ['Cap in-flight requests per account (a small semaphore / queue).', 'Spread bursts out; retry with exponential backoff.'],
        },
      ],
    },
  ],
};

export default knowledge;
