/** Knowledge of -1015 TOO_MANY_ORDERS. */
import { snippetSet } from '../../snippet-set';
import { orderLimitWindow } from '../../rules/order-limit-window';
import { earlierError } from '../../rules/earlier-error';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1015'],
  meaning: 'Your account has placed more new orders than allowed in a time window (for example per 10 seconds or per minute). The order was refused; the limit counts orders per account, not per IP.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 10,
    advice: 'The order was not placed. Wait for the window in the message to pass (seconds for a 10-second limit, up to a minute for a per-minute limit), then place orders more slowly. Do not loop: refused orders also count.',
  },
  causes: [
    {
      id: 'order-burst',
      title: 'Many orders placed at once (grids, ladders, rebalancing)',
      why: 'Placing a whole grid or many symbols at the same moment exceeds the short (10-second) window even if the minute total is fine.',
      fixes: [
        {
          title: 'Spread orders over time',
          steps: [
            'Read the ORDERS limits from exchangeInfo rateLimits.',
            'Pace order placement under those limits using the X-MBX-ORDER-COUNT-10S and -1M headers.',
            'Batches (up to 5 per POST /fapi/v1/batchOrders) save requests but every order in them still counts.',
          ],
          snippets: snippetSet('snippets/spread-orders-over-time', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'resubmitting-rejections',
      title: 'Rejected orders are resubmitted in a loop',
      why: 'Orders refused for balance, filters or price rules still count against the limit; a loop that retries them burns the budget. The -1015 is then a knock-on error: look earlier in the log for the first rejection (often -2010 “insufficient balance” or a -1013 filter failure). A market maker that kept re-placing orders Binance refused for balance reached the 100,000-orders-per-day cap this way.',
      fixes: [
        {
          title: 'Stop retrying deterministic rejections',
          steps: [
            'Retry only errors that can clear by themselves (timeouts, overload).',
            'For filter, margin and parameter errors, fix the order or give up.',
            'Add a circuit breaker: pause after N rejections in a row.',
          ],
          snippets: snippetSet('snippets/spread-orders-over-time', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'cancel-replace-churn',
      title: 'Constant cancel-and-replace to chase the price',
      why: 'Re-quoting by cancelling and placing a new order many times a second counts every new order.',
      fixes: [
        {
          title: 'Re-quote less often',
          steps: [
            'Re-quote only when the price moved by at least a tick or two.',
            'Use the modify-order endpoint (PUT /fapi/v1/order) for LIMIT orders where it fits.',
            'Use GTX (post-only) orders that rest instead of chasing.',
          ],
          snippets: snippetSet('snippets/spread-orders-over-time', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'several-bots-one-account',
      title: 'Several bots trade on the same account',
      why: 'The order-count limit belongs to the account, so bots that share an account share one budget.',
      fixes: [
        {
          title: 'Coordinate or separate them',
          steps: ['Give each bot its own sub-account, or', 'route all orders through one component with a shared limiter.'],
          snippets: snippetSet('snippets/spread-orders-over-time', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'window',
    questions: [
      {
        id: 'window',
        text: 'Which window does the message name?',
        help: 'The message reads "… current limit is N orders per <window>".',
        options: [
          {
            value: 'seconds',
            label: 'Seconds (for example 10 SECOND)',
            ranks: ['order-burst', 'several-bots-one-account', 'cancel-replace-churn'],
          },
          { value: 'minute', label: 'A minute', next: 'rejections' },
          { value: 'day', label: 'A day (Spot)', ranks: ['resubmitting-rejections', 'cancel-replace-churn', 'several-bots-one-account'] },
        ],
        auto: orderLimitWindow,
      },
      {
        id: 'rejections',
        text: 'Are many of your orders rejected and then sent again?',
        options: [
          { value: 'yes', label: 'Yes, rejected orders are retried', ranks: ['resubmitting-rejections', 'order-burst'] },
          { value: 'no', label: 'No', ranks: ['cancel-replace-churn', 'several-bots-one-account', 'order-burst'] },
        ],
        auto: earlierError,
      },
    ],
  },
};

export default knowledge;
