/** Knowledge of -1000 UNKNOWN. */
import { snippetSet } from '../../snippet-set';
import { alwaysSendOwnClientOrderFix } from '../../fixes/always-send-own-client-order';
import { lookOrderUpClientOrderFix } from '../../fixes/look-order-up-client-order';
import { retryReadsExponentialBackoffReconcileFix } from '../../fixes/retry-reads-exponential-backoff-reconcile';
import { writeOrRead } from '../../rules/write-or-read';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1000'],
  meaning: 'Binance hit an error it could not classify while handling your request. It says nothing about whether an order or change went through, so for writes the outcome is unknown.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Find out whether the order exists before you retry. The error gives no status, so on an order, cancel or setting change it may have been applied. Look it up with GET /fapi/v1/order (COIN-M /dapi/v1/order, Spot /api/v3/order, PM /papi/v1/um/order) using origClientOrderId, or watch the user data stream for ORDER_TRADE_UPDATE (Spot: executionReport); conditional orders placed through the Algo service are found with GET /fapi/v1/algoOrder. Most libraries mint a fresh client order id on every attempt, so a blind retry can place the order twice. Reads (GETs) can simply be repeated.',
  },
  causes: [
    {
      id: 'write-outcome-unknown',
      title: 'Your order or change may have gone through even though you got an error',
      why: 'The error can be raised after the matching engine already acted, so the reply is lost but the action stands. This is the dangerous case: a retry can duplicate it.',
      fixes: [lookOrderUpClientOrderFix, alwaysSendOwnClientOrderFix],
    },
    {
      id: 'binance-side-fault',
      title: 'A short fault or overload inside Binance',
      why: 'Most reports of -1000 come during incidents or very busy moments; several endpoints fail at once and it clears by itself.',
      fixes: [retryReadsExponentialBackoffReconcileFix],
    },
    {
      id: 'one-endpoint-broken',
      title: 'One endpoint keeps failing (a Binance-side bug or a retired version)',
      why: 'When the same call returns -1000 every time while others work, the problem sits in that endpoint or version, not in your timing.',
      fixes: [
        {
          title: 'Switch to the current version of the endpoint and report it',
          steps: [
            'Check that you call the current version (for example /fapi/v3/account rather than an older one) and that your library is up to date.',
            'Try the same call with a minimal set of parameters to see whether one of them triggers it.',
            'If it persists, report the exact request and time to Binance API support and make your bot degrade gracefully meanwhile.',
          ],
          snippets: snippetSet('snippets/retry-reads-exponential-backoff'),
        },
      ],
    },
    {
      id: 'heavy-request',
      title: 'A request that asks for too much in one go',
      why: 'Long history ranges, batch calls and endpoints over many symbols do more work in the backend; at busy times they are the first to fail.',
      fixes: [
        {
          title: 'Split the request and pass a symbol',
          steps: [
            'Ask for shorter time ranges (one day or one week at a time) and page through them.',
            'Pass symbol wherever the endpoint accepts it; cache exchangeInfo instead of re-fetching it.',
            'During peaks send single orders rather than batches.',
          ],
          snippets: snippetSet('snippets/split-request-pass-symbol', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'kind',
    questions: [
      {
        id: 'kind',
        text: 'Was the failing request a write (new order, cancel, modify, leverage, margin type) or a read?',
        options: [
          { value: 'write', label: 'A write: it could change something', next: 'scope-write' },
          { value: 'read', label: 'A read (GET): it only fetches data', next: 'scope-read' },
        ],
        auto: writeOrRead,
      },
      {
        id: 'scope-write',
        text: 'Did other requests fail at the same moment, or only this one?',
        options: [
          {
            value: 'many',
            label: 'Many requests failed around the same time',
            ranks: ['write-outcome-unknown', 'binance-side-fault', 'heavy-request'],
          },
          {
            value: 'this',
            label: 'Only this call, and it fails every time',
            ranks: ['write-outcome-unknown', 'one-endpoint-broken', 'heavy-request', 'binance-side-fault'],
          },
          { value: 'once', label: 'Just this once', ranks: ['write-outcome-unknown', 'binance-side-fault'] },
        ],
      },
      {
        id: 'scope-read',
        text: 'Did other requests fail at the same moment, or only this one?',
        options: [
          { value: 'many', label: 'Many requests failed around the same time', ranks: ['binance-side-fault', 'heavy-request'] },
          {
            value: 'this',
            label: 'Only this call, and it fails every time',
            ranks: ['one-endpoint-broken', 'heavy-request', 'binance-side-fault'],
          },
          { value: 'once', label: 'Just this once', ranks: ['binance-side-fault', 'heavy-request'] },
        ],
      },
    ],
  },
};

export default knowledge;
