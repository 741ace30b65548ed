/** Knowledge of http:429. */
import { snippetSet } from '../../snippet-set';
import { heavyOrPolledCall } from '../../rules/heavy-or-polled-call';
import { weightOrOrdersLimit } from '../../rules/weight-or-orders-limit';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:429'],
  meaning: 'You broke a rate limit: either the request weight of your IP or the order count of your account in the current window. The request was refused; if you keep sending, the IP gets banned (HTTP 418).',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 60,
    advice: 'Nothing was executed. Back off now: wait the number of seconds in the Retry-After header if there is one, otherwise until the next minute starts, then send at a lower rate. Do not retry in a loop — that is what turns a 429 into a ban.',
  },
  causes: [
    {
      id: 'polling',
      title: 'Polling REST for data a stream provides',
      why: 'Loops that fetch prices, klines, depth, positions or order status burn request weight quickly.',
      fixes: [
        {
          title: 'Use streams for live data',
          steps: ['Subscribe to market streams and the user data stream.', 'Keep REST for placing orders and occasional checks.'],
          snippets: snippetSet('snippets/move-live-data-websocket', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'heavy-calls',
      title: 'Heavy calls, or calls without a symbol',
      why: 'Some endpoints cost far more weight than others, especially without symbol.',
      fixes: [
        {
          title: 'Make calls lighter',
          steps: ['Pass symbol where allowed; cache exchangeInfo.', 'Check X-MBX-USED-WEIGHT-1M to find what costs most.'],
          snippets: snippetSet('snippets/split-request-pass-symbol', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'shared-ip',
      title: 'Several processes share the IP’s budget',
      why: 'Request weight is counted per IP, across every key and bot on it.',
      fixes: [
        {
          title: 'Coordinate or split',
          steps: ['Run one shared limiter, or separate IPs.'],
          snippets: snippetSet('snippets/share-budget-split-ips'),
        },
      ],
    },
    {
      id: 'order-burst',
      title: 'Too many new orders for the account',
      why: 'The order-count limits (per 10 seconds and per minute) belong to the account; grids and re-quoting loops hit them.',
      fixes: [
        {
          title: 'Pace orders',
          steps: ['Read ORDERS limits from exchangeInfo and the X-MBX-ORDER-COUNT-* headers.', 'Stop resubmitting orders that were rejected.'],
          snippets: snippetSet('snippets/spread-orders-over-time', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'no-backoff',
      title: 'The code does not back off on 429',
      why: 'Retrying at once after a 429 keeps the counter high and leads to a 418 ban.',
      fixes: [
        {
          title: 'Honour Retry-After',
          steps: ['On 429, wait for Retry-After (or the next minute) before any new request.'],
          snippets: snippetSet('snippets/stop-everything-ip-until'),
        },
      ],
    },
  ],
  tree: {
    start: 'limit',
    questions: [
      {
        id: 'limit',
        text: 'Which limit was hit: request weight of the IP, or new orders of the account?',
        help: 'Weight: "Too many requests … request weight …" (-1003). Orders: "Too many new orders …" (-1015).',
        options: [
          { value: 'weight', label: 'Request weight (-1003)', next: 'calls' },
          { value: 'orders', label: 'New orders (-1015)', ranks: ['order-burst', 'no-backoff'] },
        ],
        auto: weightOrOrdersLimit,
      },
      {
        id: 'calls',
        text: 'What does your bot call most often?',
        options: [
          {
            value: 'polling',
            label: 'Prices, candles, order book, positions or balances, in a loop',
            ranks: ['polling', 'heavy-calls', 'shared-ip'],
          },
          { value: 'heavy', label: 'exchangeInfo, all tickers, or open orders without a symbol', ranks: ['heavy-calls', 'polling'] },
          { value: 'retries', label: 'The same request again after errors', ranks: ['no-backoff', 'polling'] },
          { value: 'several-bots', label: 'Little — but several bots share this IP', ranks: ['shared-ip', 'polling'] },
        ],
        auto: heavyOrPolledCall,
      },
    ],
  },
};

export default knowledge;
