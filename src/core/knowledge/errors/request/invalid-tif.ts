/** Knowledge of -1115 INVALID_TIF. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1115'],
  meaning: 'The timeInForce value is not one this product or order accepts. Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Use a valid timeInForce value in upper case and send again.' },
  causes: [
    {
      id: 'bad-tif',
      title: 'Invalid or unsupported timeInForce',
      why: 'USD-M accepts GTC, IOC, FOK, GTX (post-only) and GTD (which needs goodTillDate); COIN-M GTC, IOC, FOK and GTX; Spot GTC, IOC and FOK. GTX on Spot, lower case, or GTD without goodTillDate fail.',
      fixes: [
        {
          title: 'Send a supported value',
          steps: [
            'USD-M: GTC, IOC, FOK, GTX or GTD (+ goodTillDate in ms). COIN-M: GTC, IOC, FOK or GTX.',
            'Spot: GTC, IOC or FOK; for post-only on Spot use type LIMIT_MAKER.',
          ],
          snippets: snippetSet('snippets/send-only-what-endpoint', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
