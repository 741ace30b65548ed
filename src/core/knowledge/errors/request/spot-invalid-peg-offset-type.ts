/** Knowledge of spot:-1211 INVALID_PEG_OFFSET_TYPE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1211'],
  meaning: 'pegOffsetType has a value Binance does not accept. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Send a valid pegOffsetType (e.g. PRICE_LEVEL) or leave it out.',
  },
  causes: [
    {
      id: 'bad-peg-offset',
      title: 'Invalid pegOffsetType',
      why: 'The value is misspelt or not supported.',
      fixes: [{ title: 'Use a documented value', steps: ['Check the pegged-order section of the Spot API for allowed offset types.'] }],
    },
  ],
};

export default knowledge;
