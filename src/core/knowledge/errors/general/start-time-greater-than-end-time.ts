/** Knowledge of -1023 START_TIME_GREATER_THAN_END_TIME. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1023'],
  meaning: 'The startTime you sent is later than the endTime, so the time range is empty. Nothing was fetched or changed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Swap or correct the two times, then send again.' },
  causes: [
    {
      id: 'times-swapped-or-units',
      title: 'Start and end swapped, or mixed seconds and milliseconds',
      why: 'Binance times are epoch milliseconds. A start in milliseconds with an end in seconds (or a swapped pair) makes start > end.',
      fixes: [
        {
          title: 'Send both times in milliseconds, start before end',
          steps: [
            'Convert both to epoch milliseconds (13 digits today).',
            'Check startTime < endTime before sending.',
            'Respect the endpoint’s maximum range (often 7 days) by paging.',
          ],
          snippets: snippetSet('errors/general/start-time-greater-than-end-time/send-both-times-milliseconds', { symbol: 'BTCUSDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
