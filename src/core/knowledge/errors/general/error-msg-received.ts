/** Knowledge of -1010 ERROR_MSG_RECEIVED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1010'],
  meaning: 'The matching engine sent back an error for your request without a specific reason. The request was not carried out.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Treat it as rejected. Check the order’s parameters and your account state; if an identical request keeps failing, look the order up by its client order id before changing anything.',
  },
  causes: [
    {
      id: 'engine-rejected',
      title: 'The engine refused the request for a reason it did not spell out',
      why: 'This generic code is used when the engine answers with an error that has no dedicated code on this API.',
      fixes: [
        {
          title: 'Check the request against the account and symbol',
          steps: [
            'Check the symbol is trading and your position mode, margin type and leverage match the order.',
            'Check open orders on that symbol (GET /fapi/v1/openOrders?symbol=…) for conflicts.',
            'Send it once more; if it fails identically, capture the full request and contact Binance API support.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
