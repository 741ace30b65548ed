/** Cause shared by several errors: Binance is overloaded right now */
import { backOffRetryFewTimesFix } from '../fixes/back-off-retry-few-times';
import type { Cause } from '../types';

export const systemOverloadCause: Cause = {
  id: 'system-overload',
  title: 'Binance is overloaded right now',
  why: 'At peaks a node reaches its concurrency ceiling and throttles new exposure-increasing orders; many users get -1008 at the same time.',
  fixes: [backOffRetryFewTimesFix],
};
