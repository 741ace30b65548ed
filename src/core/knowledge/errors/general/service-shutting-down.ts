/** Knowledge of -1016 SERVICE_SHUTTING_DOWN. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1016'],
  meaning: 'The service or endpoint you called has been retired or is switched off. Retrying will not help.',
  retry: { verdict: 'never-retry', outcome: 'rejected', advice: 'Do not retry: move to the endpoint or version that replaced it.' },
  causes: [
    {
      id: 'retired-endpoint',
      title: 'An old endpoint or version was switched off',
      why: 'Binance retires endpoint versions and features; old libraries keep calling them.',
      fixes: [
        {
          title: 'Move to the current endpoint',
          steps: [
            'Find the endpoint in the current API docs and change log; use the newest version (for example /fapi/v3/account).',
            'Update your library to a current release.',
            'If it is a maintenance window, wait for the announcement to end.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
