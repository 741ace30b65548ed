/** Knowledge of http:503:unknown-error. */
import { autoRetryCause } from '../../causes/auto-retry';
import { batchDuringPeakCause } from '../../causes/batch-during-peak';
import { lookOrderUpClientOrderFix } from '../../fixes/look-order-up-client-order';
import { retryReadsExponentialBackoffReconcileFix } from '../../fixes/retry-reads-exponential-backoff-reconcile';
import { kindTree } from '../../trees/kind-tree';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:503:unknown-error'],
  meaning: 'Binance received your request but did not get an answer from its backend in time ("Unknown error, please check your request or try again later."). The docs say plainly: do not treat this as a failure — it may have succeeded.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Find out whether the order exists before you retry. This message means the request arrived but the answer did not come back in time; it may well have been executed. It may or may not count against your rate limits. Look it up with GET /fapi/v1/order (COIN-M /dapi/v1/order, Spot /api/v3/order, PM /papi/v1/um/order) using origClientOrderId, or watch the user data stream for ORDER_TRADE_UPDATE (Spot: executionReport); conditional orders placed through the Algo service are found with GET /fapi/v1/algoOrder. Most libraries mint a fresh client order id on every attempt, so a blind retry can place the order twice. Reads (GETs) can simply be repeated.',
  },
  causes: [
    {
      id: 'backend-overloaded',
      title: 'Sent, but the backend did not reply in time',
      why: 'The request reached Binance and was handed to the backend, which did not answer before the gateway’s timeout — typical during peaks.',
      fixes: [lookOrderUpClientOrderFix, retryReadsExponentialBackoffReconcileFix],
    },
    batchDuringPeakCause,
    autoRetryCause,
  ],
  tree: kindTree,
};

export default knowledge;
