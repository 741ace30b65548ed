/** Knowledge of -4002 PRICE_GREATER_THAN_MAX_PRICE. */
import { fixFirstNothingWasPlaced } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4002'],
  meaning: 'The price is above the highest price the symbol allows (PRICE_FILTER maxPrice).',
  retry: fixFirstNothingWasPlaced,
  causes: [
    {
      id: 'price-above-max',
      title: 'Price above PRICE_FILTER.maxPrice',
      why: 'A misplaced decimal point, a price in the wrong unit, or a multiplier applied twice can push the price over the symbol’s maximum.',
      fixes: [
        {
          title: 'Check the price against the filter',
          steps: [
            'Read PRICE_FILTER.maxPrice in GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo).',
            'Check the units and decimals of the price you compute.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
