/** Knowledge of -1105 PARAM_EMPTY. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1105'],
  meaning: 'A parameter was sent with an empty value. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Give the named parameter a value, or leave it out if it is optional.',
  },
  causes: [
    {
      id: 'empty-value',
      title: 'A parameter with an empty value',
      why: 'Something like price= or newClientOrderId= with nothing after it: usually a variable that was None/undefined and got serialised as an empty string, or a required value (a quantity) that your sizing code computed as empty.',
      fixes: [
        {
          title: 'Drop empty parameters',
          steps: [
            'Filter out None/undefined/"" values before sending.',
            'If the parameter is required, stop and fix the code that should have set it.',
          ],
          snippets: snippetSet('snippets/send-form-encoded-parameters', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
        {
          title: 'Find why a required value came out empty',
          steps: [
            'Log the named value right before the call, with the inputs it is computed from (balance, price, the symbol’s step and minimum).',
            'Look for what turns it into "": a misspelt variable or field name, a rounding or formatting helper that returns an empty string below the step, a filter lookup that found nothing.',
            'Stop before sending when a required value is empty, and fix that computation rather than dropping the parameter.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
