/** Knowledge of http:503:throttled. */
import { notFlaggedReduceOnlyCause } from '../../causes/not-flagged-reduce-only';
import { ownConcurrencyCause } from '../../causes/own-concurrency';
import { systemOverloadCause } from '../../causes/system-overload';
import { directionTreeTree } from '../../trees/direction-tree';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:503:throttled'],
  meaning: 'Binance’s system-level protection throttled your order ("Request throttled by system-level protection…"): the node hit its concurrency ceiling. The order was not placed; orders that reduce or close a position, and cancels, are exempt.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 1,
    advice: 'The order was not placed and the refusal does not count against your rate limits. Retry with growing pauses (for example 0.2 s, 0.4 s, 0.8 s, at most a few tries) and send fewer orders at once. If you are closing a position, mark the order reduceOnly=true (one-way) or use the closing positionSide/side pair (hedge) so it is exempt.',
  },
  causes: [systemOverloadCause, ownConcurrencyCause, notFlaggedReduceOnlyCause],
  tree: directionTreeTree,
};

export default knowledge;
