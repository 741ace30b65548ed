/** Knowledge of -1006 UNEXPECTED_RESP. */
import { autoRetryCause } from '../../causes/auto-retry';
import { batchDuringPeakCause } from '../../causes/batch-during-peak';
import { lookOrderUpClientOrderFix } from '../../fixes/look-order-up-client-order';
import { retryReadsExponentialBackoffReconcileFix } from '../../fixes/retry-reads-exponential-backoff-reconcile';
import { kindTree } from '../../trees/kind-tree';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1006'],
  meaning: 'Binance’s gateway got a reply from its internal message bus that it did not expect, so it cannot tell you what happened. The order or change may or may not have been carried out.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Find out whether the order exists before you retry. The backend’s answer was garbled, so the action may have been applied. Look it up with GET /fapi/v1/order (COIN-M /dapi/v1/order, Spot /api/v3/order, PM /papi/v1/um/order) using origClientOrderId, or watch the user data stream for ORDER_TRADE_UPDATE (Spot: executionReport); conditional orders placed through the Algo service are found with GET /fapi/v1/algoOrder. Most libraries mint a fresh client order id on every attempt, so a blind retry can place the order twice. Reads (GETs) can simply be repeated.',
  },
  causes: [
    {
      id: 'backend-overloaded',
      title: 'Binance’s backend was busy or glitched',
      why: 'The message bus between the gateway and the engine returned something unexpected, typically at busy moments; the engine may still have processed the request.',
      fixes: [lookOrderUpClientOrderFix, retryReadsExponentialBackoffReconcileFix],
    },
    batchDuringPeakCause,
    autoRetryCause,
  ],
  tree: kindTree,
};

export default knowledge;
