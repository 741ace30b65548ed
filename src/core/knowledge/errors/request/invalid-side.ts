/** Knowledge of -1117 INVALID_SIDE. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1117'],
  meaning: 'The side is not valid. It must be BUY or SELL in upper case. Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Send side=BUY or side=SELL and try again.' },
  causes: [
    {
      id: 'bad-side',
      title: 'Side misspelt, lower case, or a positionSide value',
      why: '"buy"/"sell" in lower case on a raw endpoint, or LONG/SHORT put into side instead of positionSide.',
      fixes: [
        {
          title: 'Use BUY or SELL',
          steps: [
            'side is BUY or SELL; LONG/SHORT belong in positionSide (hedge mode).',
            'ccxt takes lower-case "buy"/"sell" and converts them; raw calls need upper case.',
          ],
          snippets: snippetSet('snippets/hedge-mode-close-positionside', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
