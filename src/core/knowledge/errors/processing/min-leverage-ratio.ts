/** Knowledge of -2028 MIN_LEVERAGE_RATIO. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2028'],
  meaning: 'The leverage is too low for your current margin balance: you cannot lower it that far with the positions you hold. Nothing changed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Add margin or reduce the position before lowering leverage.' },
  causes: [
    {
      id: 'min-leverage',
      title: 'Leverage too low for the margin you have',
      why: 'Lowering leverage raises the margin the position needs; with too little balance Binance refuses the change.',
      fixes: [
        {
          title: 'Add margin or reduce the position',
          steps: ['Transfer more margin in, or close part of the position.', 'Then lower leverage (POST /fapi/v1/leverage).'],
          snippets: snippetSet('snippets/set-confirm-leverage-sizing', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
