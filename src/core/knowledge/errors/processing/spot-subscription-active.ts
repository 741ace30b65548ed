/** Knowledge of spot:-2035 SUBSCRIPTION_ACTIVE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-2035'],
  meaning: 'A user data stream subscription is already active on this WebSocket API connection.',
  retry: {
    verdict: 'nothing-to-do',
    outcome: 'no-change',
    advice: 'Nothing changed: you are already subscribed. Do not subscribe again on this connection.',
  },
  causes: [
    {
      id: 'already-subscribed',
      title: 'Already subscribed',
      why: 'userDataStream.subscribe was sent twice on the same connection, e.g. by reconnect code.',
      fixes: [{ title: 'Track the subscription', steps: ['Keep a flag per connection and subscribe once after logon.'] }],
    },
  ],
};

export default knowledge;
