/** Knowledge of -4028 INVALID_LEVERAGE. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4028'],
  meaning: 'The leverage you asked for is not valid for this symbol — above its maximum for your position size, below 1, or not a whole number.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Pick a leverage inside the symbol’s bracket and send again.' },
  causes: [
    {
      id: 'leverage-out-of-bracket',
      title: 'Leverage outside the symbol’s bracket',
      why: 'Each symbol has a maximum initial leverage per notional bracket; big positions allow less. Leverage must be an integer from 1 up to that maximum.',
      fixes: [
        {
          title: 'Clamp to the bracket',
          steps: [
            'Read GET /fapi/v1/leverageBracket?symbol=… and use initialLeverage of the bracket that fits your position size.',
            'Send an integer leverage (POST /fapi/v1/leverage).',
            'Caps from verification, account age or region come back as other codes (-4202 … -4206, -4403).',
          ],
          snippets: snippetSet('snippets/clamp-bracket', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
