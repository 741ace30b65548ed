/** Knowledge of spot:-2021. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-2021'],
  meaning: 'A cancel-replace half succeeded: either the old order was cancelled but the new one was refused, or the cancel failed but the new order was placed. You may now have no order, or two.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Find out whether the order exists before you retry: one half of the cancel-replace may have gone through. The response body’s cancelResult / newOrderResult (SUCCESS, FAILURE, NOT_ATTEMPTED) say which; otherwise query the old and the new order by their client order ids (GET /api/v3/order) or check the user data stream. Do not resend blindly — libraries mint a fresh client order id on each retry, so a blind resend can leave you with two orders.',
  },
  causes: [
    {
      id: 'half-done',
      title: 'One part of the cancel-replace failed',
      why: 'POST /api/v3/order/cancelReplace runs a cancel and a new order. With cancelReplaceMode=ALLOW_FAILURE the new order can be placed even though the cancel failed; with STOP_ON_FAILURE a refused new order can follow a successful cancel. The HTTP status is 409.',
      fixes: [
        {
          title: 'Read which half failed, then fix that half',
          steps: [
            'Read cancelResult / newOrderResult and their responses in the error body.',
            'If the cancel succeeded but the new order failed, fix the new order (its own error is in newOrderResponse) and place it.',
            'If the new order was placed but the cancel failed, decide whether to cancel the old one.',
          ],
          snippets: snippetSet('snippets/look-up-cancel-only', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
