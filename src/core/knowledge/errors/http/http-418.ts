/** Knowledge of http:418. */
import { snippetSet } from '../../snippet-set';
import { perMarketHistoryScanCause } from '../../causes/per-market-history-scan';
import { historyScanCall } from '../../rules/history-scan-call';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:418'],
  meaning: 'Your IP has been automatically banned for continuing to send requests after 429 warnings. Everything from this IP is refused until the ban ends; bans grow from 2 minutes up to 3 days for repeat offenders.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 120,
    advice: 'Nothing was executed. Send nothing from this IP until the ban ends: use the time after "banned until" in the message (epoch milliseconds) or the Retry-After header. Requests during the ban can extend it. Fix the request rate before restarting.',
  },
  causes: [
    {
      id: 'ignored-429s',
      title: 'The bot kept sending after 429 responses',
      why: 'A 418 only follows 429s that were not respected: an error handler that retries immediately, or many threads that each keep going.',
      fixes: [
        {
          title: 'Stop on the first 429 and wait out the ban',
          steps: [
            'Stop every process on this IP until the ban time.',
            'Make your code pause on 429 (Retry-After or the next minute) instead of retrying.',
            'Restart slowly and watch the used-weight header.',
          ],
          snippets: snippetSet('snippets/stop-everything-ip-until'),
        },
      ],
    },
    {
      id: 'polling',
      title: 'Polling REST for live data',
      why: 'Prices, positions and order status polled every second exhaust the weight budget; streams carry them at no cost.',
      fixes: [
        {
          title: 'Move live data to streams',
          steps: ['Use market streams and the user data stream; keep REST for actions.'],
          snippets: snippetSet('snippets/move-live-data-websocket', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'shared-ip',
      title: 'Several bots share one IP',
      why: 'The limit and the ban apply to the IP: one noisy process gets every bot on the machine banned.',
      fixes: [
        {
          title: 'Share a limiter or split IPs',
          steps: ['Find every process using this IP.', 'Coordinate them through one limiter, or give them separate IPs.'],
          snippets: snippetSet('snippets/share-budget-split-ips'),
        },
      ],
    },
    perMarketHistoryScanCause,
  ],
  tree: {
    start: 'sharing',
    questions: [
      {
        id: 'sharing',
        text: 'How many bots or scripts send requests from this IP?',
        options: [
          { value: 'one', label: 'Just this one', next: 'handler' },
          { value: 'several', label: 'Several', ranks: ['shared-ip', 'ignored-429s', 'polling'] },
        ],
      },
      {
        id: 'handler',
        text: 'When your bot gets an error, does it wait, or send again right away?',
        options: [
          { value: 'immediately', label: 'It retries right away (or I am not sure)', ranks: ['ignored-429s', 'polling'] },
          { value: 'waits', label: 'It waits before retrying', next: 'calls' },
        ],
      },
      {
        id: 'calls',
        text: 'What was the bot doing when the ban came?',
        options: [
          { value: 'history', label: 'Importing trade or order history, market by market', ranks: ['per-market-history-scan', 'ignored-429s'] },
          { value: 'polling', label: 'Reading prices, candles, positions or balances in a loop', ranks: ['polling', 'ignored-429s', 'shared-ip'] },
          { value: 'heavy', label: 'Calling exchangeInfo, all tickers, or open orders without a symbol', ranks: ['polling', 'ignored-429s', 'shared-ip'] },
          { value: 'unsure', label: 'Something else, or I am not sure', ranks: ['polling', 'ignored-429s', 'per-market-history-scan'] },
        ],
        auto: historyScanCall,
      },
    ],
  },
};

export default knowledge;
