/** Cause shared by -2011 (futures and Spot): the library built the cancel request wrongly */
import type { Cause } from '../types';

export const libraryCancelParamsBugCause: Cause = {
  id: 'library-cancel-params-bug',
  title: 'The library built the cancel request wrongly',
  why: 'The order is still open, yet the cancel names no order or another one: some client versions assemble the cancel (or lookup) parameters wrongly. binance-futures-connector-python’s early cancel_order had an inverted check on orderId/origClientOrderId and dropped the id you passed (fixed in its next releases). The same happens when a wrapper drops or renames the id.',
  fixes: [
    {
      title: 'Read the cancel request that was actually sent',
      steps: [
        'Log the raw request: it must carry symbol and exactly the orderId or origClientOrderId of the open order.',
        'If the id is missing or different from the one you passed, upgrade the library; read its changelog for cancel fixes.',
        'Until then, send the cancel through the library’s raw request method (DELETE on the order endpoint with symbol and orderId).',
      ],
    },
  ],
};
