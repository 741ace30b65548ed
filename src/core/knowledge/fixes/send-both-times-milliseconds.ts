/** Fix shared by several errors: Send both times in milliseconds, start before end */
import { snippetSet } from '../snippet-set';
import type { Fix } from '../types';

export const sendBothTimesMillisecondsFix: Fix = {
  title: 'Send both times in milliseconds, start before end',
  steps: [
    'Convert both to epoch milliseconds (13 digits today).',
    'Check that endTime is later than startTime before sending: equal times are refused too.',
    'Respect the endpoint’s maximum range (often 7 days) by paging.',
  ],
  snippets: snippetSet('errors/general/start-time-greater-than-end-time/send-both-times-milliseconds', { symbol: 'BTCUSDT' }),
};
