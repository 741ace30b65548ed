/** Knowledge of spot:-2043 NO_REFERENCE_PRICE. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-2043'],
  meaning: 'Binance has no reference price for this symbol right now, so a request that depends on it cannot be served.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Nothing changed. Try again later, or use a symbol that has a reference price.',
  },
  causes: [
    {
      id: 'no-reference-price',
      title: 'No reference price for the symbol',
      why: 'Some symbols (new, halted or special ones) do not have a reference price at the moment.',
      fixes: [
        {
          title: 'Check the symbol and retry later',
          steps: ['Check the symbol is trading in GET /api/v3/exchangeInfo.', 'Retry later.'],
          snippets: snippetSet('snippets/check-symbol-status', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
