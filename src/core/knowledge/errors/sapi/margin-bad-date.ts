/** Knowledge of sapi:-3011 BAD_DATE_RANGE and sapi:-3025 INVALID_EFFECTIVE_TIME ("Your input date is invalid."). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3011', 'sapi:-3025'],
  meaning:
    'A time you sent to a margin endpoint is not acceptable — usually startTime/endTime of a history query (borrow and repay records, transfers, interest, orders): the range is reversed, too long, in the future or further back than the endpoint serves. Nothing was changed; no data was returned.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Resending the same times fails the same way: fix startTime/endTime (milliseconds, start before end, within the endpoint’s window), then query again.',
  },
  causes: [
    {
      id: 'range-too-long',
      title: 'The window is wider than the endpoint allows',
      why: 'Margin history endpoints return a limited window per call — e.g. GET /sapi/v1/margin/borrow-repay covers at most 30 days when an asset is given and 7 days without. A query spanning months is refused instead of being cut short.',
      fixes: [
        {
          title: 'Query in slices',
          steps: [
            'Split the period into windows within the endpoint’s limit (7 or 30 days) and page through each with current and size.',
            'Send asset where the endpoint takes it; it often allows a longer window.',
          ],
        },
      ],
    },
    {
      id: 'bad-timestamp-values',
      title: 'The times themselves are wrong',
      why: 'Seconds instead of milliseconds, startTime after endTime, a time in the future, or a local-time conversion that shifts the range all make the date invalid.',
      fixes: [
        {
          title: 'Send UTC milliseconds, start before end',
          steps: [
            'Build startTime and endTime as UTC epoch milliseconds (13 digits) and check startTime < endTime ≤ now.',
            'Log the exact values sent when a library builds them from dates.',
          ],
        },
      ],
    },
    {
      id: 'too-old-data',
      title: 'The records are older than the endpoint keeps online',
      why: 'Margin records older than about six months are archived; asking for them the normal way is refused or returns nothing.',
      fixes: [
        {
          title: 'Ask for archived data',
          steps: [
            'Add archived=true on the history endpoints that take it (e.g. GET /sapi/v1/margin/transfer, GET /sapi/v1/margin/interestHistory).',
            'For older statements, download them from the website’s export instead.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
