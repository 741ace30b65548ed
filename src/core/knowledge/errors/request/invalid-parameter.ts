/** Knowledge of -1130 INVALID_PARAMETER. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1130'],
  meaning: 'A parameter had a value Binance considers invalid (wrong type, out of range or not an allowed value). The message may name it. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Correct the named value and send again.' },
  causes: [
    {
      id: 'invalid-value',
      title: 'A value that is not valid for the parameter',
      why: 'Common ones: limit outside the allowed set, leverage as text, a negative or zero number, a boolean written as True instead of true, or an enum value in the wrong case.',
      fixes: [
        {
          title: 'Send a valid value',
          steps: [
            'Check the named parameter against the allowed range or enum on the endpoint page.',
            'Send booleans as lower-case true/false and numbers as plain decimals.',
          ],
          snippets: snippetSet('snippets/format-numbers-plain-decimal', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
