/** Knowledge of -1003 TOO_MANY_REQUESTS. */
import { snippetSet } from '../../snippet-set';
import { bannedOrLimited } from '../../rules/banned-or-limited';
import { historyScanCall } from '../../rules/history-scan-call';
import { perMarketHistoryScanCause } from '../../causes/per-market-history-scan';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1003'],
  meaning: 'Your IP has used more request weight than Binance allows in the current window. If the message says "banned until", the IP is blocked until that time; otherwise it is a warning that the next step is a ban.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 60,
    advice: 'The request was refused, nothing was executed. Stop sending from this IP: if the message gives a "banned until" time (epoch milliseconds), wait until then; otherwise wait for the Retry-After header or the start of the next minute. Every request sent while limited pushes the IP towards a longer ban (2 minutes up to 3 days). Then resume at a lower rate.',
  },
  causes: [
    {
      id: 'ip-banned',
      title: 'The IP is already banned for a set time',
      why: 'After repeated 429s Binance bans the whole IP; every call fails until the time in the message, and calls during the ban can lengthen it.',
      fixes: [
        {
          title: 'Stop everything on this IP until the ban ends',
          steps: [
            'Read the number after "banned until": it is a time in epoch milliseconds. Convert it to a date; that is when the ban ends.',
            'Stop every bot and script that uses this IP (limits are per IP, not per key) until then.',
            'Before restarting, fix whatever burned the weight (see the other causes), or the next ban will be longer.',
          ],
          snippets: snippetSet('snippets/stop-everything-ip-until'),
        },
      ],
    },
    {
      id: 'polling',
      title: 'Polling REST in a loop for data that a stream provides',
      why: 'Prices, klines, order books, positions and order status fetched every second add up quickly; streams deliver the same data without using request weight.',
      fixes: [
        {
          title: 'Move live data to websocket streams',
          steps: [
            'Subscribe to market streams (mark price, klines, book ticker) instead of polling them.',
            'Use the user data stream for order and position updates (ORDER_TRADE_UPDATE, ACCOUNT_UPDATE).',
            'Keep REST for actions and occasional reconciliation.',
          ],
          snippets: snippetSet('snippets/move-live-data-websocket', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'heavy-calls',
      title: 'Heavy endpoints called often or without a symbol',
      why: 'Weights differ a lot: open orders without symbol cost 40 instead of 1, exchangeInfo and all-symbol tickers are heavy. A loop over them drains the budget.',
      fixes: [
        {
          title: 'Make each call lighter',
          steps: [
            'Pass symbol wherever allowed.',
            'Fetch exchangeInfo once at start and cache it.',
            'Watch X-MBX-USED-WEIGHT-1M on responses to see which calls cost most.',
          ],
          snippets: snippetSet('snippets/split-request-pass-symbol', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'shared-ip',
      title: 'Several bots, processes or accounts share one IP',
      why: 'The weight budget belongs to the IP. Two bots on one server, or many users behind one VPN or NAT exit, share a single budget even with different keys.',
      fixes: [
        {
          title: 'Share the budget or split the IPs',
          steps: [
            'List everything that sends from this machine or network exit.',
            'Give them a shared rate limiter, or run them from different IPs.',
            'Read the used weight from response headers before each burst.',
          ],
          snippets: snippetSet('snippets/share-budget-split-ips'),
        },
      ],
    },
    {
      id: 'retry-storm',
      title: 'An error handler that resends immediately',
      why: 'When a request fails and the code retries at once, in a loop or from many threads, each failure multiplies the traffic — which is how a 429 turns into a 418 ban. It also turns other errors into this one: an order refused for balance or filters (-2010, -1013) and resent in a loop ends in -1015 or -1003.',
      fixes: [
        {
          title: 'Back off on 429 and never retry in a tight loop',
          steps: [
            'On 429 or -1003 stop and wait (Retry-After, or the next minute).',
            'Cap retries and make the pause grow each time.',
            'Make sure one failing request cannot be retried by several layers (your code and the library).',
          ],
          snippets: snippetSet('snippets/stop-everything-ip-until'),
        },
      ],
    },
    perMarketHistoryScanCause,
  ],
  tree: {
    start: 'state',
    questions: [
      {
        id: 'state',
        text: 'Does the message (or an HTTP 418) say your IP is banned, or only that you hit the limit?',
        help: 'Banned: "… IP banned until 1700000000000 …" or HTTP 418. Limit: "… current limit is … per …", "Too many requests queued." or HTTP 429.',
        options: [
          { value: 'banned', label: 'Banned until a time', next: 'sharing' },
          { value: 'limit', label: 'Limit reached, no ban yet', next: 'sharing' },
        ],
        auto: bannedOrLimited,
      },
      {
        id: 'sharing',
        text: 'How many bots or scripts send requests from the same IP (same server, home network or VPN exit)?',
        options: [
          { value: 'one', label: 'Just this one', next: 'calls' },
          { value: 'several', label: 'Several', ranks: ['shared-ip', 'polling', 'heavy-calls', 'retry-storm'] },
        ],
      },
      {
        id: 'calls',
        text: 'What does your bot call most often?',
        options: [
          {
            value: 'polling',
            label: 'Prices, candles, order book, positions or balances, in a loop',
            ranks: ['polling', 'heavy-calls', 'retry-storm'],
          },
          { value: 'heavy', label: 'exchangeInfo, all tickers, or open orders without a symbol', ranks: ['heavy-calls', 'polling'] },
          { value: 'retries', label: 'The same request again after errors', ranks: ['retry-storm', 'polling'] },
          { value: 'history', label: 'Trade or order history, market by market', ranks: ['per-market-history-scan', 'heavy-calls'] },
        ],
        auto: historyScanCall,
      },
    ],
  },
};

export default knowledge;
