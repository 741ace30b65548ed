/** Knowledge of http:408. */
import { autoRetryCause } from '../../causes/auto-retry';
import { batchDuringPeakCause } from '../../causes/batch-during-peak';
import { lookOrderUpClientOrderFix } from '../../fixes/look-order-up-client-order';
import { retryReadsExponentialBackoffReconcileFix } from '../../fixes/retry-reads-exponential-backoff-reconcile';
import { kindTree } from '../../trees/kind-tree';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:408'],
  meaning: 'The gateway timed out waiting for Binance’s backend. Like -1007, that does not mean the request failed: it may have been carried out after the gateway stopped waiting.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Find out whether the order exists before you retry. A timeout does not tell you whether the backend acted. Look it up with GET /fapi/v1/order (COIN-M /dapi/v1/order, Spot /api/v3/order, PM /papi/v1/um/order) using origClientOrderId, or watch the user data stream for ORDER_TRADE_UPDATE (Spot: executionReport); conditional orders placed through the Algo service are found with GET /fapi/v1/algoOrder. Most libraries mint a fresh client order id on every attempt, so a blind retry can place the order twice. Reads (GETs) can simply be repeated.',
  },
  causes: [
    {
      id: 'backend-overloaded',
      title: 'The backend answered too slowly',
      why: 'At busy times the engine queues work; the gateway returns 408 while the request can still be processed.',
      fixes: [lookOrderUpClientOrderFix, retryReadsExponentialBackoffReconcileFix],
    },
    batchDuringPeakCause,
    autoRetryCause,
  ],
  tree: kindTree,
};

export default knowledge;
