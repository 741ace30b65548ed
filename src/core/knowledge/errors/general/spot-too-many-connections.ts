/** Knowledge of spot:-1034 TOO_MANY_CONNECTIONS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1034'],
  meaning: 'You have too many FIX connections open, or tried to connect too often from this account or IP. The connection was refused.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Close connections you do not need, wait for the interval in the message, then connect again with a pause between attempts.',
  },
  causes: [
    {
      id: 'too-many-fix-connections',
      title: 'Connection limits for FIX sessions reached',
      why: 'Accounts may hold only a few concurrent FIX connections per session type, and connection attempts are limited per account and per IP in a time window; tight reconnect loops hit this.',
      fixes: [
        {
          title: 'Reuse sessions and slow down reconnects',
          steps: [
            'Count your open FIX connections per session type and close stale ones.',
            'After closing, allow up to twice HeartBtInt(108) for the count to drop.',
            'Reconnect with growing pauses instead of a tight loop.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
