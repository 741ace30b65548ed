/** Knowledge of -4068 POSITION_SIDE_CHANGE_EXISTS_QUANTITY. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4068'],
  meaning: 'The position mode (Hedge / One-way) cannot be changed while you hold positions.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Close all positions (USD-M and COIN-M) first, or keep the current mode.',
  },
  causes: [
    {
      id: 'positions-block-mode',
      title: 'Open positions somewhere on the account',
      why: 'The mode is account-wide and shared by USD-M and COIN-M; any position in either blocks the change.',
      fixes: [
        {
          title: 'Close positions, or keep the mode',
          steps: [
            'Check positions on USD-M and COIN-M (GET /fapi/v3/positionRisk, GET /dapi/v1/positionRisk).',
            'Close them (reduce-only), switch, reopen — or adapt the bot to the current mode.',
          ],
          snippets: snippetSet('snippets/send-both-long-short', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
