/** Knowledge of -1118 EMPTY_NEW_CL_ORD_ID. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1118'],
  meaning: 'newClientOrderId was sent empty. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Send a non-empty id, or leave the parameter out to let Binance create one.',
  },
  causes: [
    {
      id: 'empty-client-id',
      title: 'Empty client order id',
      why: 'The id variable was empty or None when the order was built.',
      fixes: [
        {
          title: 'Send a real id or none',
          steps: ['Generate an id that matches ^[.A-Z:/a-z0-9_-]{1,36}$, or omit newClientOrderId.'],
          snippets: snippetSet('snippets/build-ids-allowed-characters', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
