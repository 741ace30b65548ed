/** Knowledge of -2024 POSITION_NOT_SUFFICIENT. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2024'],
  meaning: 'The position is smaller than the amount you tried to close or reduce. Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Read the current position and close at most that amount.' },
  causes: [
    {
      id: 'position-small',
      title: 'Closing more than the position holds',
      why: 'The close quantity is larger than the open position on that side (already partly closed, or the wrong positionSide in hedge mode).',
      fixes: [
        {
          title: 'Close what is there',
          steps: [
            'Read positionAmt (GET /fapi/v3/positionRisk; COIN-M /dapi/v1/positionRisk).',
            'Send at most |positionAmt| on the side that holds it.',
          ],
          snippets: snippetSet('snippets/read-position-closing', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
