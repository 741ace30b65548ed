/** Knowledge of -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED. */
import { snippetSet } from '../../snippet-set';
import { missingParamKind } from '../../rules/missing-param-kind';
import { orderCallKind } from '../../rules/order-call-kind';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1102'],
  meaning: 'A parameter the request needs was missing, empty or unreadable. Which one depends on the order type — the message usually names it. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Add the missing parameter (or fix its value) and send again; the same request will keep failing.',
  },
  causes: [
    {
      id: 'limit-missing-tif',
      title: 'A LIMIT order without timeInForce',
      why: 'On futures and Spot a LIMIT order must say how long it lives (GTC, IOC, FOK; GTX or GTD on futures). Many wrappers leave it out unless you pass it.',
      fixes: [
        {
          title: 'Always send timeInForce with LIMIT',
          steps: [
            'Add timeInForce=GTC (or IOC/FOK; GTX for post-only on futures).',
            'MARKET orders take no timeInForce, so add it only for LIMIT-type orders.',
          ],
          snippets: snippetSet('snippets/send-only-what-endpoint', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'missing-price-or-trigger',
      title: 'Price or trigger price missing for the order type',
      why: 'LIMIT, STOP and TAKE_PROFIT need price; STOP, STOP_MARKET, TAKE_PROFIT and TAKE_PROFIT_MARKET need a trigger (stopPrice on the old endpoint, triggerPrice on the Algo Order API since 2025-12-09). A price that your code computed as None is sent empty.',
      fixes: [
        {
          title: 'Send the fields that the type requires',
          steps: [
            'Check the order type: LIMIT needs quantity, price, timeInForce; MARKET needs quantity; conditional types need the trigger price.',
            'For conditional futures orders use POST /fapi/v1/algoOrder with algoType=CONDITIONAL and triggerPrice.',
            'Stop before sending when a computed price is None/NaN.',
          ],
          snippets: snippetSet('snippets/send-only-what-endpoint', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'missing-order-id',
      title: 'Neither orderId nor origClientOrderId on a lookup or cancel',
      why: 'Query and cancel calls need one of the two ids ("Param \'orderId\' or \'origClientOrderId\' must be sent"). A failed placement that returned no id leaves the variable empty.',
      fixes: [
        {
          title: 'Pass one id, and skip when you have none',
          steps: [
            'Send orderId (number) or origClientOrderId (your own id).',
            'If the placement failed, there is nothing to look up or cancel: handle that before calling.',
          ],
          snippets: snippetSet('snippets/pass-one-id-skip', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'empty-or-json-body',
      title: 'Values went out empty, null or as a JSON body',
      why: 'Binance reads form-encoded parameters. A JSON body, or a value serialised as "" / "None" / "null", counts as missing or malformed.',
      fixes: [
        {
          title: 'Send form-encoded parameters with real values',
          steps: [
            'Use application/x-www-form-urlencoded (or the query string), not JSON.',
            'Filter out None/undefined values before sending and fail loudly if a required one is missing.',
          ],
          snippets: snippetSet('snippets/send-form-encoded-parameters', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'param',
    questions: [
      {
        id: 'param',
        text: 'Which parameter does the message name?',
        options: [
          { value: 'tif', label: 'timeInForce', ranks: ['limit-missing-tif'] },
          { value: 'price', label: 'price, stopPrice or triggerPrice', ranks: ['missing-price-or-trigger', 'empty-or-json-body'] },
          { value: 'id', label: 'orderId / origClientOrderId', ranks: ['missing-order-id'] },
          { value: 'other', label: 'Another one (quantity, symbol, side, …)', next: 'body' },
          { value: 'none', label: 'None: the short message', next: 'type' },
        ],
        auto: missingParamKind,
      },
      {
        id: 'type',
        text: 'What kind of call failed?',
        options: [
          { value: 'limit', label: 'A LIMIT order', ranks: ['limit-missing-tif', 'missing-price-or-trigger'] },
          { value: 'conditional', label: 'A stop / take-profit order', ranks: ['missing-price-or-trigger', 'empty-or-json-body'] },
          { value: 'lookup', label: 'A query or cancel of an order', ranks: ['missing-order-id'] },
          { value: 'other', label: 'Something else', ranks: ['empty-or-json-body', 'missing-price-or-trigger'] },
        ],
        auto: orderCallKind,
      },
      {
        id: 'body',
        text: 'How does your code send the parameters?',
        options: [
          { value: 'json', label: 'As a JSON body, or values can be None/null', ranks: ['empty-or-json-body'] },
          { value: 'library', label: 'Through a library, values always set', ranks: ['missing-price-or-trigger', 'empty-or-json-body'] },
        ],
      },
    ],
  },
};

export default knowledge;
