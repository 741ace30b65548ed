/** Knowledge of http:503:internal-error. */
import { internalDisconnectCause } from '../../causes/internal-disconnect';
import { maintenanceCause } from '../../causes/maintenance';
import { peakLoadCause } from '../../causes/peak-load';
import { patternTree } from '../../trees/pattern-tree';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:503:internal-error'],
  meaning: 'Binance could not process the request because of an internal error ("Internal error; unable to process your request. Please try again."). The docs treat it as a failure that you can send again.',
  retry: {
    verdict: 'safe-to-retry',
    outcome: 'rejected',
    advice: 'The request failed and nothing was executed; you can send it again after a short pause. If it repeats, back off with growing pauses.',
  },
  causes: [internalDisconnectCause, peakLoadCause, maintenanceCause],
  tree: patternTree,
};

export default knowledge;
