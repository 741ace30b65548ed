/** Knowledge of -4165 INVALID_TIME_INTERVAL, coinm:-4088 INVALID_TIME_INTERVAL. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4165', 'coinm:-4088'],
  meaning: 'The time range you asked for is invalid or longer than the endpoint allows (the message may say the maximum in days).',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Shorten the startTime–endTime range (or fix their order) and request again.' },
  causes: [
    {
      id: 'range-too-long',
      title: 'startTime/endTime span too long or reversed',
      why: 'History endpoints cap how many days one request may cover.',
      fixes: [
        {
          title: 'Page through time',
          steps: [
            'Keep each request within the maximum days named in the message.',
            'Loop over consecutive windows; make sure startTime < endTime, in milliseconds.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
