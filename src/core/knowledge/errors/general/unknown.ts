/** Knowledge of -1000 UNKNOWN. */
import { snippetSet } from '../../snippet-set';
import { alwaysSendOwnClientOrderFix } from '../../fixes/always-send-own-client-order';
import { callCurrentEndpointVersionFix } from '../../fixes/call-current-endpoint-version';
import { countStopOrdersUnderCapFix } from '../../fixes/count-stop-orders-under-cap';
import { lookOrderUpClientOrderFix } from '../../fixes/look-order-up-client-order';
import { retryReadsExponentialBackoffReconcileFix } from '../../fixes/retry-reads-exponential-backoff-reconcile';
import { binanceUsVenue } from '../../rules/binance-us-venue';
import { stopOrOtherOrder } from '../../rules/stop-or-other-order';
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
        callCurrentEndpointVersionFix,
        {
          title: 'Narrow the failing call down and report it',
          steps: [
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
    {
      id: 'hidden-algo-order-limit',
      title: 'Too many open stop orders on this symbol, reported as the generic -1000',
      why: 'Each symbol caps the number of open stop / take-profit orders (the MAX_NUM_ALGO_ORDERS filter; on Spot 5 per symbol). A stop order over the cap has come back from the API as the bare "unknown error" -1000, while the website showed the real reason. It fails every time for that symbol and never for plain orders.',
      fixes: [{ ...countStopOrdersUnderCapFix, steps: [...countStopOrdersUnderCapFix.steps, 'Place the same order in the web interface once: it shows the specific reason.'] }],
    },
    {
      id: 'endpoint-absent-on-binance-us',
      title: 'The endpoint does not exist on Binance.US',
      why: 'Binance.US offers only part of Binance.com’s API: no futures, and only some of the wallet (sapi) products — no Savings or lending, for one. Called on api.binance.us, such an endpoint has answered HTTP 500 with -1000 instead of "not found", which looks like a passing server fault but never clears. Portfolio tools that query every Binance.com product for a Binance.US account hit this.',
      fixes: [
        {
          title: 'Call only what Binance.US documents',
          steps: [
            'Look the endpoint up in the Binance.US API documentation; if it is not there, Binance.US does not have it.',
            'Skip those calls (or the whole product) for Binance.US accounts instead of retrying them.',
          ],
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
          { value: 'this', label: 'Only this call, and it fails every time', next: 'write-kind' },
          { value: 'once', label: 'Just this once', ranks: ['write-outcome-unknown', 'binance-side-fault'] },
        ],
      },
      {
        id: 'venue',
        text: 'Which exchange does the call go to?',
        options: [
          { value: 'us', label: 'Binance.US (api.binance.us)', ranks: ['endpoint-absent-on-binance-us', 'one-endpoint-broken'] },
          { value: 'com', label: 'Binance.com', ranks: ['one-endpoint-broken', 'heavy-request', 'binance-side-fault'] },
        ],
        auto: binanceUsVenue,
      },
      {
        id: 'write-kind',
        text: 'What does the failing call place or change?',
        options: [
          { value: 'stop', label: 'A stop-loss or take-profit order', ranks: ['hidden-algo-order-limit', 'write-outcome-unknown', 'one-endpoint-broken'] },
          { value: 'other', label: 'Another order, a cancel or a setting', ranks: ['write-outcome-unknown', 'one-endpoint-broken', 'heavy-request', 'binance-side-fault'] },
        ],
        auto: stopOrOtherOrder,
      },
      {
        id: 'scope-read',
        text: 'Did other requests fail at the same moment, or only this one?',
        options: [
          { value: 'many', label: 'Many requests failed around the same time', ranks: ['binance-side-fault', 'heavy-request'] },
          { value: 'this', label: 'Only this call, and it fails every time', next: 'venue' },
          { value: 'once', label: 'Just this once', ranks: ['binance-side-fault', 'heavy-request'] },
        ],
      },
    ],
  },
};

export default knowledge;
