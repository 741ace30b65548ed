/** Knowledge of -4016 PRICE_HIGHTER_THAN_MULTIPLIER_UP. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4016'],
  meaning: 'Your LIMIT price is too far above the mark price: the PERCENT_PRICE filter caps buy prices at mark price × multiplierUp.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Bring the price inside the allowed band (or wait for the mark price to move) and resend.',
  },
  causes: [
    {
      id: 'price-over-band',
      title: 'Limit price above mark × multiplierUp',
      why: 'Aggressive BUY limits used as “market with protection”, prices computed from a stale mark price, or a wrong symbol’s price.',
      fixes: [
        {
          title: 'Clamp the price to the band',
          steps: [
            'Read PERCENT_PRICE.multiplierUp from exchangeInfo and the mark price from GET /fapi/v1/premiumIndex.',
            'Cap BUY prices at mark × multiplierUp, snapped down to the tick.',
          ],
          snippets: snippetSet('snippets/clamp-price-band', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
