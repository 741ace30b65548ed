/** Knowledge of http:5xx. */
import { snippetSet } from '../../snippet-set';
import { alwaysSendOwnClientOrderFix } from '../../fixes/always-send-own-client-order';
import { lookOrderUpClientOrderFix } from '../../fixes/look-order-up-client-order';
import { retryReadsExponentialBackoffReconcileFix } from '../../fixes/retry-reads-exponential-backoff-reconcile';
import { writeOrRead } from '../../rules/write-or-read';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:5xx'],
  meaning: 'Something failed on Binance’s side (or in a gateway between you and Binance). The status alone does not say whether your request was carried out; the Spot docs say outright that the outcome is unknown.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Find out whether the order exists before you retry. A 5xx error does not tell you whether the action was applied. Look it up with GET /fapi/v1/order (COIN-M /dapi/v1/order, Spot /api/v3/order, PM /papi/v1/um/order) using origClientOrderId, or watch the user data stream for ORDER_TRADE_UPDATE (Spot: executionReport); conditional orders placed through the Algo service are found with GET /fapi/v1/algoOrder. Most libraries mint a fresh client order id on every attempt, so a blind retry can place the order twice. Reads (GETs) can simply be repeated.',
  },
  causes: [
    {
      id: 'write-outcome-unknown',
      title: 'An order or change may have gone through anyway',
      why: 'Server errors can happen after the engine already acted; a retry may duplicate it.',
      fixes: [lookOrderUpClientOrderFix, alwaysSendOwnClientOrderFix],
    },
    {
      id: 'binance-side-fault',
      title: 'A fault or overload inside Binance',
      why: 'Incidents and peak load produce 500/502/503/504 for many users at once; reads can be retried with backoff.',
      fixes: [retryReadsExponentialBackoffReconcileFix],
    },
    {
      id: 'body-hidden',
      title: 'Your library hid which 503 it was',
      why: 'Binance defines four 503 messages with different meanings, but some clients (for example the official JS connector) drop the body and only say "Server error: 503".',
      fixes: [
        {
          title: 'Log the raw response body',
          steps: [
            'Turn on debug logging of HTTP bodies, or catch the error and print the raw response.',
            'Then decide: "Unknown error…" means check first; "Service Unavailable." and "Internal error…" mean it failed; "Request throttled…" means back off.',
          ],
          snippets: snippetSet('snippets/look-order-up-client', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'kind',
    questions: [
      {
        id: 'kind',
        text: 'Was the failing request a write (new order, cancel, modify, setting change) or a read?',
        options: [
          { value: 'write', label: 'A write', ranks: ['write-outcome-unknown', 'body-hidden', 'binance-side-fault'] },
          { value: 'read', label: 'A read (GET)', ranks: ['binance-side-fault', 'body-hidden'] },
        ],
        auto: writeOrRead,
      },
    ],
  },
};

export default knowledge;
