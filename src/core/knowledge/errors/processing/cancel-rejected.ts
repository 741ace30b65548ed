/** Knowledge of -2011 CANCEL_REJECTED. */
import { snippetSet } from '../../snippet-set';
import { algoEndpoint } from '../../rules/algo-endpoint';
import { conditionalOrderType } from '../../rules/conditional-order-type';
import { spotCancelPath } from '../../rules/spot-cancel-path';
import { libraryCancelParamsBugCause } from '../../causes/library-cancel-params-bug';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2011'],
  meaning: 'Binance could not cancel the order: it found no open order with that id on that symbol. Usually the order already filled, was already cancelled, or lives somewhere else (another symbol, or — for stop and take-profit orders since 2025-12-09 — the Algo Order service).',
  retry: {
    verdict: 'query-order-first',
    outcome: 'no-change',
    advice: 'Do not repeat the cancel. Look the order up (GET /fapi/v1/order, or GET /fapi/v1/algoOrder for conditional orders) to learn its final state — it may have filled — and update your bot’s records.',
  },
  causes: [
    {
      id: 'already-final',
      title: 'The order had already filled, been cancelled or expired',
      why: 'The most common case: a fill, a liquidation, an expiry or another cancel got there first, so there was nothing left to cancel. Your position may have changed.',
      fixes: [
        {
          title: 'Read the final state and reconcile',
          steps: [
            'Query the order by orderId or origClientOrderId (GET /fapi/v1/order; COIN-M /dapi/v1/order; Portfolio Margin /papi/v1/um/order).',
            'If it FILLED, your position changed: update your records before acting again.',
            'Treat -2011 on cancel as "already gone", not as an error to retry.',
          ],
          snippets: snippetSet('snippets/read-final-state-reconcile', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'conditional-on-algo',
      title: 'A stop / take-profit order that lives in the Algo Order service',
      why: 'Since 2025-12-09 USD-M conditional orders (STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET) are placed and cancelled through the Algo Order API. DELETE /fapi/v1/order with their id finds nothing.',
      fixes: [
        {
          title: 'Cancel conditional orders on the Algo endpoints',
          steps: [
            'Find them with GET /fapi/v1/openAlgoOrders.',
            'Cancel with DELETE /fapi/v1/algoOrder using algoId or clientAlgoId.',
            'In ccxt pass params={"trigger": True}; update older library versions that still use /fapi/v1/order.',
          ],
          snippets: snippetSet('snippets/cancel-conditional-orders-algo', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'wrong-symbol-or-product',
      title: 'The cancel went to another symbol or product',
      why: 'Order ids are per symbol and per product. An id from USD-M sent to Spot (python-binance cancel_order instead of futures_cancel_order) or with another symbol finds nothing.',
      fixes: [
        {
          title: 'Cancel with the same symbol and product as the order',
          steps: [
            'Use the symbol the order was placed on.',
            'Use the futures cancel method for futures orders (futures_cancel_order, /fapi/v1/order).',
          ],
          snippets: snippetSet('snippets/read-final-state-reconcile', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    libraryCancelParamsBugCause,
  ],
  tree: {
    start: 'kind',
    questions: [
      {
        id: 'kind',
        text: 'What kind of order were you cancelling?',
        options: [
          { value: 'conditional', label: 'A stop, take-profit or trailing-stop order', next: 'placed-where' },
          { value: 'plain', label: 'A LIMIT or other plain order', next: 'status' },
        ],
        auto: conditionalOrderType,
      },
      {
        id: 'placed-where',
        text: 'Was it placed through the Algo Order API (or by a library version that uses it, or after 2025-12-09)?',
        options: [
          { value: 'algo', label: 'Yes, or not sure', ranks: ['conditional-on-algo', 'already-final'] },
          {
            value: 'old',
            label: 'No, it was placed as a normal order before the migration',
            next: 'status',
          },
        ],
        auto: algoEndpoint,
      },
      {
        id: 'status',
        text: 'What does a lookup of that order (GET /fapi/v1/order) return?',
        options: [
          { value: 'final', label: 'FILLED, CANCELED or EXPIRED', ranks: ['already-final'] },
          { value: 'open', label: 'NEW or PARTIALLY_FILLED: it is still open', ranks: ['library-cancel-params-bug', 'wrong-symbol-or-product'] },
          { value: 'missing', label: '"Order does not exist." (-2013)', next: 'same-place' },
          { value: 'not-checked', label: 'I have not checked', ranks: ['already-final', 'wrong-symbol-or-product', 'conditional-on-algo'] },
        ],
      },
      {
        id: 'same-place',
        text: 'Did the cancel use the same symbol and the same product (futures endpoint) as the order?',
        options: [
          { value: 'no', label: 'No, or not sure', ranks: ['wrong-symbol-or-product', 'conditional-on-algo'] },
          { value: 'yes', label: 'Yes', ranks: ['conditional-on-algo', 'already-final'] },
        ],
        auto: spotCancelPath,
      },
    ],
  },
};

export default knowledge;
