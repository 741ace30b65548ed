/** Knowledge of -4118 REDUCE_ONLY_MARGIN_CHECK_FAILED, coinm:-4112 REDUCE_ONLY_MARGIN_CHECK_FAILED. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4118', 'coinm:-4112'],
  meaning: 'Your reduce-only order was refused after checking it against your position and open orders: together they would flip or overshoot the position, or would need margin you do not have.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Check the current position and the other open orders on the symbol, adjust, then send again.',
  },
  causes: [
    {
      id: 'reduce-only-conflict',
      title: 'Existing open orders already cover (or oppose) the position',
      why: 'Reduce-only orders are checked together with your other open orders; stacked take-profits and stops, or a same-side open order that would make the position flip, fail this check.',
      fixes: [
        {
          title: 'Clean up competing orders',
          steps: [
            'List open orders (GET /fapi/v1/openOrders, GET /fapi/v1/openAlgoOrders) and the position (GET /fapi/v3/positionRisk).',
            'Cancel or shrink orders that together exceed the position, then resend.',
            'Use one closePosition=true stop instead of several reduce-only stops.',
          ],
        },
      ],
    },
    {
      id: 'position-gone',
      title: 'The position is smaller than you think, or already closed',
      why: 'A fill, liquidation or manual close changed the position before your reduce-only order arrived.',
      fixes: [
        {
          title: 'Re-read the position',
          steps: ['Size reduce-only orders from the current positionAmt.', 'Skip the order when the position is 0.'],
          snippets: snippetSet('snippets/use-absolute-size-pick', { symbol: 'ETHUSDT', ccxtSymbol: 'ETH/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
