/** Knowledge of usdm:-5041 BBO_ORDER_REJECT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['usdm:-5041'],
  meaning: 'Your price-match (BBO) order found no price level to match: the side of the book it refers to had no depth.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Nothing was placed. Try again when the book has depth, or send a LIMIT order with your own price.',
  },
  causes: [
    {
      id: 'empty-book-side',
      title: 'No depth on the referenced side',
      why: 'priceMatch OPPONENT/QUEUE needs levels on the book; on a thin symbol or the testnet the needed level can be missing.',
      fixes: [
        {
          title: 'Check the book, or price it yourself',
          steps: ['Read GET /fapi/v1/depth before sending.', 'Fall back to a LIMIT order with an explicit price.'],
        },
      ],
    },
  ],
};

export default knowledge;
