/** Knowledge of spot:-1108 PARAM_OVERFLOW. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1108'],
  meaning: 'On Spot, a parameter value was too large to be represented (it overflowed). The message names it. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Send a smaller, properly scaled value for the named parameter.',
  },
  causes: [
    {
      id: 'overflow',
      title: 'A value too large for the parameter',
      why: 'A quantity or price far too large (often a unit mistake such as sending satoshis or raw integers instead of decimals), or an id or time beyond the allowed range.',
      fixes: [
        {
          title: 'Scale the value correctly',
          steps: [
            'Check the named parameter’s unit: Spot quantities and prices are plain decimals in the asset’s own unit.',
            'Check timestamps are in milliseconds (or microseconds only if you asked for that unit).',
          ],
          snippets: snippetSet('snippets/use-decimals-send-strings', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
