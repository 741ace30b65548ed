/** Knowledge of spot:-1210 INVALID_PEG_PRICE_TYPE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1210'],
  meaning: 'pegPriceType has a value Binance does not accept. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Send a valid pegPriceType (e.g. PRIMARY_PEG or MARKET_PEG) or leave it out.',
  },
  causes: [
    {
      id: 'bad-peg-type',
      title: 'Invalid pegPriceType',
      why: 'The value is misspelt or not supported.',
      fixes: [{ title: 'Use a documented value', steps: ['Check the pegged-order section of the Spot API for allowed values and order types.'] }],
    },
  ],
};

export default knowledge;
