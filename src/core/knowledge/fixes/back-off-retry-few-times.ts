/** Fix shared by several errors: Back off and retry a few times */
import { snippetSet } from '../snippet-set';
import type { Fix } from '../types';

export const backOffRetryFewTimesFix: Fix = {
  title: 'Back off and retry a few times',
  steps: [
    'Retry after 0.2 s, 0.4 s, 0.8 s …, at most 3–5 tries.',
    'Do not switch to batch orders to "get through": batches are throttled too.',
    'Make sure protective orders (stop-loss, take-profit) exist before opening more.',
  ],
  snippets: snippetSet('snippets/retry-reads-exponential-backoff'),
};
