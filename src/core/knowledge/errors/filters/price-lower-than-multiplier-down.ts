/** Knowledge of -4024 PRICE_LOWER_THAN_MULTIPLIER_DOWN. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4024'],
  meaning: 'Your LIMIT price is too far below the mark price: the PERCENT_PRICE filter floors sell prices at mark price × multiplierDown.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Bring the price inside the allowed band and resend.' },
  causes: [
    {
      id: 'price-under-band',
      title: 'Limit price below mark × multiplierDown',
      why: 'Aggressive SELL limits, prices from a stale mark price or another symbol, or a decimal slip.',
      fixes: [
        {
          title: 'Clamp the price to the band',
          steps: [
            'Read PERCENT_PRICE.multiplierDown and the mark price (GET /fapi/v1/premiumIndex).',
            'Keep SELL prices at or above mark × multiplierDown, snapped up to the tick.',
          ],
          snippets: snippetSet('snippets/clamp-price-band', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
