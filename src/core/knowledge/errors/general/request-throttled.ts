/** Knowledge of -1008 REQUEST_THROTTLED. */
import { notFlaggedReduceOnlyCause } from '../../causes/not-flagged-reduce-only';
import { ownConcurrencyCause } from '../../causes/own-concurrency';
import { systemOverloadCause } from '../../causes/system-overload';
import { retryAfterWaitOrderWasPlaced } from '../../retry-advice';
import { directionTree } from '../../trees/direction-tree';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1008'],
  meaning: 'Binance’s system-level protection is shedding load and refused your order without processing it. Orders that only reduce or close a position, and cancels, are exempt.',
  retry: retryAfterWaitOrderWasPlaced,
  causes: [systemOverloadCause, ownConcurrencyCause, notFlaggedReduceOnlyCause],
  tree: directionTree,
};

export default knowledge;
