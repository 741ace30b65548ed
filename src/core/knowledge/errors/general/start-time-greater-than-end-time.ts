/** Knowledge of -1023 START_TIME_GREATER_THAN_END_TIME. */
import { sendBothTimesMillisecondsFix } from '../../fixes/send-both-times-milliseconds';
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
      fixes: [sendBothTimesMillisecondsFix],
    },
  ],
};

export default knowledge;
