/** Knowledge of -1127 MORE_THAN_XX_HOURS. */
import { snippetSet } from '../../snippet-set';
import { aggTradesEndpoint } from '../../rules/agg-trades-endpoint';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1127'],
  meaning: 'The time range between startTime and endTime is longer than this endpoint allows (the message may say how many hours). Nothing was returned.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Split the range into windows the endpoint accepts and query them one after another.',
  },
  causes: [
    {
      id: 'window-too-wide',
      title: 'The range is wider than the endpoint’s limit',
      why: 'History endpoints cap the span per call: for example USD-M GET /fapi/v1/userTrades and /fapi/v1/allOrders take at most 7 days; Spot GET /api/v3/myTrades 24 hours between startTime and endTime.',
      fixes: [
        {
          title: 'Page through the range',
          steps: [
            'Loop over the range in windows no wider than the limit (the message’s hour count, or the endpoint page).',
            'Stay under the weight limit between pages.',
          ],
          snippets: snippetSet('errors/request/more-than-xx-hours/page-through-range', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'aggtrades-hour',
      title: 'aggTrades with a range over one hour',
      why: 'GET /fapi/v1/aggTrades (and /api/v3/aggTrades) accept both startTime and endTime only when they are less than one hour apart.',
      fixes: [
        {
          title: 'Use one-hour windows, or page by fromId',
          steps: ['Query hour by hour, or send startTime only and continue with fromId from the last result.'],
          snippets: snippetSet('errors/request/more-than-xx-hours/page-through-range', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'seconds-not-ms',
      title: 'Times in seconds or mixed units',
      why: 'Binance expects milliseconds. A startTime in seconds (10 digits) next to an endTime in milliseconds spans decades.',
      fixes: [
        {
          title: 'Send both times in milliseconds',
          steps: [
            'Multiply Unix seconds by 1000 (Python int(time.time() * 1000), JavaScript Date.now()).',
            'Log both values: they should both have 13 digits.',
          ],
          snippets: snippetSet('errors/request/more-than-xx-hours/page-through-range', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'units',
    questions: [
      {
        id: 'units',
        text: 'Are startTime and endTime both in milliseconds (13 digits)?',
        options: [
          { value: 'no', label: 'No, or one of them is in seconds', ranks: ['seconds-not-ms'] },
          { value: 'yes', label: 'Yes', next: 'endpoint' },
        ],
      },
      {
        id: 'endpoint',
        text: 'Which endpoint did you query?',
        options: [
          { value: 'agg', label: 'aggTrades', ranks: ['aggtrades-hour', 'window-too-wide'] },
          { value: 'other', label: 'Trades, orders, income or another history endpoint', ranks: ['window-too-wide', 'seconds-not-ms'] },
        ],
        auto: aggTradesEndpoint,
      },
    ],
  },
};

export default knowledge;
