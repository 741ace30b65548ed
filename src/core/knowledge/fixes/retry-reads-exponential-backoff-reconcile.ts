/** Fix shared by several errors: Retry reads with exponential backoff; reconcile writes */
import { snippetSet } from '../snippet-set';
import type { Fix } from '../types';

export const retryReadsExponentialBackoffReconcileFix: Fix = {
  title: 'Retry reads with exponential backoff; reconcile writes',
  steps: [
    'For GET requests: wait and retry with growing pauses (0.2 s, 0.4 s, 0.8 s …), at most 5 tries.',
    'For orders and setting changes: look the request up first (see the order-lookup fix), then decide.',
    'If it keeps failing for minutes, check Binance’s announcements / status before changing your code.',
  ],
  snippets: snippetSet('snippets/retry-reads-exponential-backoff'),
};
