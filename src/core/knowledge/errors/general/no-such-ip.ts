/** Knowledge of -1005 NO_SUCH_IP. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1005'],
  meaning: 'The IP you referred to is not on the key’s whitelist, so there was nothing to change. If you were removing it, it is already gone.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was changed. If you were removing that IP, the list is already as you want; if you expected it to be there, add it first and then repeat the action.',
  },
  causes: [
    {
      id: 'ip-not-listed',
      title: 'The IP is not (or no longer) on the list',
      why: 'It was removed earlier, never added, or you used a different address format (IPv4 vs IPv6, a typo).',
      fixes: [
        {
          title: 'Compare with the current whitelist',
          steps: [
            'Read the key’s current IP list in API Management (or the sub-account API IP endpoint you use).',
            'Use exactly the address shown there.',
            'If you were deleting it, there is nothing left to do.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
