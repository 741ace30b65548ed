/** Knowledge of spot:-1155 SBE_DISABLED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1155'],
  meaning: 'SBE responses are not enabled on this server. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Request JSON instead, or use a server where SBE is enabled.' },
  causes: [
    {
      id: 'sbe-off',
      title: 'SBE not enabled',
      why: 'You requested SBE encoding where it is not available.',
      fixes: [{ title: 'Use JSON or another endpoint', steps: ['Drop the SBE headers to get JSON.'] }],
    },
  ],
};

export default knowledge;
