/** Knowledge of -1016 SERVICE_SHUTTING_DOWN. */
import { libraryCallsRetiredEndpointCause } from '../../causes/library-calls-retired-endpoint';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1016'],
  meaning: 'The service or endpoint you called has been retired or is switched off. Retrying will not help.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry: move to the endpoint or version that replaced it. Only during an announced maintenance window does waiting for its end help.',
  },
  causes: [libraryCallsRetiredEndpointCause],
};

export default knowledge;
