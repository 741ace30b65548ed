/** Cause shared by several errors: Your bot fires many orders at the same moment */
import { sendOrdersSequentiallySmallGapFix } from '../fixes/send-orders-sequentially-small-gap';
import type { Cause } from '../types';

export const ownConcurrencyCause: Cause = {
  id: 'own-concurrency',
  title: 'Your bot fires many orders at the same moment',
  why: 'A burst of parallel order requests hits the throttle first; the same orders sent one after another usually pass.',
  fixes: [sendOrdersSequentiallySmallGapFix],
};
