/** Knowledge of -1114 TIF_NOT_REQUIRED. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1114'],
  meaning: 'timeInForce was sent with an order type that does not take it (typically MARKET). Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Remove timeInForce from market-type orders and send again.' },
  causes: [
    {
      id: 'tif-on-market',
      title: 'timeInForce on a MARKET-type order',
      why: 'Market orders fill immediately, so they have no time-in-force. Wrappers that always add timeInForce=GTC cause this.',
      fixes: [
        {
          title: 'Send timeInForce only with LIMIT-type orders',
          steps: [
            'Drop timeInForce for MARKET, STOP_MARKET and TAKE_PROFIT_MARKET.',
            'Keep it for LIMIT, STOP and TAKE_PROFIT (and Spot STOP_LOSS_LIMIT / TAKE_PROFIT_LIMIT).',
          ],
          snippets: snippetSet('snippets/send-only-what-endpoint', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
