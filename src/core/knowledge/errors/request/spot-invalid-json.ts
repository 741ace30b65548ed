/** Knowledge of spot:-1135 INVALID_JSON. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1135'],
  meaning: 'A JSON value you sent (the whole request or one parameter) could not be parsed. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Send valid JSON and try again.' },
  causes: [
    {
      id: 'bad-json',
      title: 'Invalid JSON',
      why: 'Single quotes, trailing commas, Python repr instead of JSON, or a JSON parameter that was not URL-encoded.',
      fixes: [
        {
          title: 'Serialise properly',
          steps: ['Use json.dumps / JSON.stringify, not str() or string concatenation.', 'URL-encode JSON parameters in REST query strings.'],
          snippets: snippetSet('snippets/let-one-layer-add', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
