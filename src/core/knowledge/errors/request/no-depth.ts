/** Knowledge of -1112 NO_DEPTH. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1112'],
  meaning: 'There are no orders on the book for this symbol, so an order that needs a counterparty price cannot be handled. Nothing was done.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Nothing was done. Wait until the symbol has liquidity again (or use a LIMIT order), then retry.',
  },
  causes: [
    {
      id: 'empty-book',
      title: 'The order book is empty',
      why: 'The symbol is newly listed, halted, about to be delisted, or you are on testnet where books are thin.',
      fixes: [
        {
          title: 'Check the book before sending',
          steps: [
            'Read GET /fapi/v1/depth (Spot /api/v3/depth) for the symbol.',
            'Use a LIMIT order at your own price, or wait until the book has orders.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
