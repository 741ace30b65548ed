/** Knowledge of -1119 EMPTY_ORG_CL_ORD_ID. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1119'],
  meaning: 'origClientOrderId was sent empty on a query or cancel. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Send the client order id you used when placing the order, or the orderId.',
  },
  causes: [
    {
      id: 'empty-orig-id',
      title: 'Empty original client order id',
      why: 'The lookup ran with an empty id, typically because the placement failed or the id was not stored.',
      fixes: [
        {
          title: 'Look up with a real id',
          steps: [
            'Store the id you placed the order with and reuse it for query and cancel.',
            'If you have no id, use orderId or list open orders.',
          ],
          snippets: snippetSet('snippets/pass-one-id-skip', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
