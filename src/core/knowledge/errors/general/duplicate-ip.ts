/** Knowledge of -1004 DUPLICATE_IP. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1004'],
  meaning: 'You asked to add an IP to an API key’s whitelist, and it is already there. The whitelist is already as you want it.',
  retry: {
    verdict: 'nothing-to-do',
    outcome: 'no-change',
    advice: 'Nothing to do: the IP is already on the list. Treat this as success and stop re-adding it.',
  },
  causes: [
    {
      id: 'already-whitelisted',
      title: 'The IP was added before',
      why: 'Scripts that configure the key at every start add the same IP again and get this reply.',
      fixes: [
        {
          title: 'Treat it as success',
          steps: ['Skip the add when the IP is already listed (read the list first).', 'Log it at info level, not as an error.'],
        },
      ],
    },
  ],
};

export default knowledge;
