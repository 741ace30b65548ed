/** Knowledge of http:503:throttled. */
import { notFlaggedReduceOnlyCause } from '../../causes/not-flagged-reduce-only';
import { ownConcurrencyCause } from '../../causes/own-concurrency';
import { systemOverloadCause } from '../../causes/system-overload';
import { retryAfterWaitOrderWasPlaced } from '../../retry-advice';
import { directionTree } from '../../trees/direction-tree';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:503:throttled'],
  meaning: 'Binance’s system-level protection throttled your order ("Request throttled by system-level protection…"): the node hit its concurrency ceiling. The order was not placed; orders that reduce or close a position, and cancels, are exempt.',
  retry: retryAfterWaitOrderWasPlaced,
  causes: [systemOverloadCause, ownConcurrencyCause, notFlaggedReduceOnlyCause],
  tree: directionTree,
};

export default knowledge;
