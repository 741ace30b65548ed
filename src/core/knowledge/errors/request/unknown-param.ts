/** Knowledge of -1103 UNKNOWN_PARAM. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1103'],
  meaning: 'The request contained a parameter name this endpoint does not know. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Remove or correct the unknown parameter, then send again.' },
  causes: [
    {
      id: 'unknown-name',
      title: 'A parameter name the endpoint does not know',
      why: 'A misspelt name, a field from another product (reduceOnly on Spot) or an extra field your wrapper adds. On Spot FIX the same code reads "Undefined Tag."',
      fixes: [
        {
          title: 'Send only documented names',
          steps: [
            'Compare every parameter (or FIX tag) with the endpoint documentation; names are case-sensitive.',
            'Remove fields that belong to another product or endpoint.',
          ],
          snippets: snippetSet('snippets/let-one-layer-add', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
