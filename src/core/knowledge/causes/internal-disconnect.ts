/** Cause shared by several errors: A momentary break between Binance’s gateway and its backend */
import { retryReadsExponentialBackoffReconcileFix } from '../fixes/retry-reads-exponential-backoff-reconcile';
import type { Cause } from '../types';

export const internalDisconnectCause: Cause = {
  id: 'internal-disconnect',
  title: 'A momentary break between Binance’s gateway and its backend',
  why: 'The front server could not reach the service behind it for this one request; it usually clears within seconds.',
  fixes: [retryReadsExponentialBackoffReconcileFix],
};
