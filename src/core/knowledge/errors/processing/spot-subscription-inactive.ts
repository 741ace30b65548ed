/** Knowledge of spot:-2036 SUBSCRIPTION_INACTIVE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-2036'],
  meaning: 'There is no active user data stream subscription on this connection, so there is nothing to unsubscribe or use.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Subscribe first (userDataStream.subscribe), or skip the unsubscribe.',
  },
  causes: [
    {
      id: 'not-subscribed',
      title: 'No subscription active',
      why: 'An unsubscribe or stream action was sent before subscribing, or after the connection was renewed.',
      fixes: [{ title: 'Subscribe before use', steps: ['After every reconnect, log on and subscribe again before relying on the stream.'] }],
    },
  ],
};

export default knowledge;
