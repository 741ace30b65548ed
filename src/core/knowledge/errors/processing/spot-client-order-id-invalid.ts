/** Knowledge of spot:-2039 CLIENT_ORDER_ID_INVALID. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-2039'],
  meaning: 'The client order id does not belong to the order id you sent with it. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Send only one id, or make sure both belong to the same order.' },
  causes: [
    {
      id: 'id-mismatch',
      title: 'orderId and client order id disagree',
      why: 'Both orderId and origClientOrderId were sent and they refer to different orders (a mix-up in your records).',
      fixes: [
        {
          title: 'Send one consistent id',
          steps: ['Prefer one id per lookup; if you send both, take them from the same order record.'],
          snippets: snippetSet('snippets/look-up-cancel-only', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
