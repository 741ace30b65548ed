/** Knowledge of -4013 PRICE_LESS_THAN_MIN_PRICE. */
import { fixFirstNothingWasPlaced } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4013'],
  meaning: 'The price is below the lowest price the symbol allows (PRICE_FILTER minPrice).',
  retry: fixFirstNothingWasPlaced,
  causes: [
    {
      id: 'price-below-min',
      title: 'Price under PRICE_FILTER.minPrice',
      why: 'A decimal-point slip, a price in the wrong unit, or a far-away limit/stop computed from a tiny value.',
      fixes: [
        {
          title: 'Check the price against the filter',
          steps: [
            'Read PRICE_FILTER.minPrice in GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo).',
            'Check units and decimals of your price calculation.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
