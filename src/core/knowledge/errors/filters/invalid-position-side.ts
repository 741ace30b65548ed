/** Knowledge of -4060 INVALID_POSITION_SIDE. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4060'],
  meaning: 'The positionSide value is not one Binance knows. It must be BOTH, LONG or SHORT (upper case).',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Fix the positionSide value, then resend.' },
  causes: [
    {
      id: 'bad-position-side',
      title: 'Misspelt or lowercase positionSide',
      why: 'Values like long, Long or BUY are refused; only BOTH, LONG, SHORT exist.',
      fixes: [
        {
          title: 'Send BOTH, LONG or SHORT',
          steps: ['Use upper case.', 'In One-way Mode omit it or send BOTH; in Hedge Mode send LONG or SHORT.'],
          snippets: snippetSet('snippets/send-both-long-short', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
