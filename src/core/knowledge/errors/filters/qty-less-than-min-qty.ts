/** Knowledge of -4004 QTY_LESS_THAN_MIN_QTY. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4004'],
  meaning: 'The quantity is smaller than the smallest order the symbol allows (LOT_SIZE minQty; MARKET_LOT_SIZE for market orders).',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Increase the quantity to at least minQty (and the minimum notional) before resending.',
  },
  causes: [
    {
      id: 'qty-below-min',
      title: 'Quantity under minQty',
      why: 'Sizing from a small balance, or rounding down, produced a quantity under the minimum.',
      fixes: [
        {
          title: 'Size to at least minQty',
          steps: [
            'Read minQty of LOT_SIZE / MARKET_LOT_SIZE in GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo).',
            'Raise the quantity to minQty (rounded to the step) or skip the trade.',
          ],
          snippets: snippetSet('snippets/truncate-step-size-symbol', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
