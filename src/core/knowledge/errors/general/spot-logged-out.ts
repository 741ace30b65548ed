/** Knowledge of spot:-1035 LOGGED_OUT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1035'],
  meaning: 'The FIX session is being closed, and the server asks you to finish by sending a Logout<5> message. Requests on this session will not be processed.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Send Logout<5>, let the session close, then log on again with a fresh session before sending more orders.',
  },
  causes: [
    {
      id: 'session-closing',
      title: 'The server is ending the session',
      why: 'When a session is closing (for example for maintenance or after a limit breach), further messages are refused until the client completes the logout.',
      fixes: [
        {
          title: 'Complete the logout and reconnect',
          steps: [
            'Send Logout<5> and wait for the server’s Logout.',
            'Reconnect and log on again; check your open orders (GET /api/v3/openOrders) before placing new ones.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
