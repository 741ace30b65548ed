/** Knowledge of -1001 DISCONNECTED. */
import { internalDisconnectCause } from '../../causes/internal-disconnect';
import { maintenanceCause } from '../../causes/maintenance';
import { peakLoadCause } from '../../causes/peak-load';
import { patternTree } from '../../trees/pattern-tree';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1001'],
  meaning: 'Binance’s gateway lost its internal connection while handling your request and could not process it. The derivatives docs treat this as a definite failure that you may simply send again.',
  retry: {
    verdict: 'safe-to-retry',
    outcome: 'rejected',
    advice: 'The request failed inside Binance; send it again after a short pause (about a second, then growing). If the same order keeps failing, or if it came back on Spot with an HTTP 5xx, check by its client order id before the next attempt.',
  },
  causes: [internalDisconnectCause, peakLoadCause, maintenanceCause],
  tree: patternTree,
};

export default knowledge;
