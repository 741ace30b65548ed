/** Knowledge of -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED. */
import { snippetSet } from '../../snippet-set';
import { libraryWrongParamNameCause } from '../../causes/library-wrong-param-name';
import { wrongHttpMethodCause } from '../../causes/wrong-http-method';
import { sendBothTimesMillisecondsFix } from '../../fixes/send-both-times-milliseconds';
import { namedParamSent } from '../../rules/named-param-sent';
import { missingParamOrSigning } from '../../rules/missing-param-or-signing';
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
            'For conditional futures orders use the Algo Order endpoint (algoType=CONDITIONAL, triggerPrice); on Spot, stop types take stopPrice.',
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
    libraryWrongParamNameCause,
    {
      id: 'value-from-other-endpoint',
      title: 'A value meant for a different endpoint',
      why: 'Similar endpoints use the same parameter name with different values. The futures transfer (POST /sapi/v1/futures/transfer) takes type=1…4, while the universal transfer (POST /sapi/v1/asset/transfer) takes names such as UMFUTURE_MAIN; one endpoint’s value sent to the other makes the parameter "malformed". The same happens with enums copied from another product or from another exchange.',
      fixes: [
        {
          title: 'Use the value set of the endpoint your call really reaches',
          steps: [
            'Find which endpoint your library method calls (its source, or the logged URL).',
            'Read the allowed values of the named parameter on that endpoint’s page and send one of them.',
            'If you wanted the other endpoint’s behaviour, call that endpoint instead.',
          ],
        },
      ],
    },
    {
      id: 'wrong-base-url',
      title: 'The base URL (host) is wrong or mistyped',
      why: 'A host that is not the product’s API — a typo (fabi. for fapi.), a numbered host such as fapi1. copied from Spot’s api1–api4 mirrors (USD-M documents only fapi.binance.com), www.binance.com instead of api.binance.com, or another product’s host — can answer with a misleading Binance-style error, for example that timestamp is missing although the request carried it. The request never reached the endpoint you meant.',
      fixes: [
        {
          title: 'Check the host in the logged request',
          steps: [
            'Read the full URL your client called (turn on debug logging).',
            'Use the documented hosts only: api.binance.com (Spot; api1–api4 are its mirrors), fapi.binance.com (USD-M), dapi.binance.com (COIN-M), papi.binance.com (Portfolio Margin), and the testnet hosts.',
            'Prefer the library’s built-in endpoints over a hand-set base URL.',
          ],
        },
      ],
    },
    wrongHttpMethodCause,
    {
      id: 'endtime-not-after-starttime',
      title: 'endTime is not later than startTime',
      why: 'On time-range queries (allOrders among them) Binance refuses an endTime equal to or before startTime by naming endTime as missing or malformed, not as a range error. A window computed with zero length (start and end from the same moment), or a startTime in milliseconds next to an endTime in seconds, ends here.',
      fixes: [sendBothTimesMillisecondsFix],
    },
    {
      id: 'signed-endpoint-sent-unsigned',
      title: 'A signed endpoint was called without timestamp and signature',
      why: 'Endpoints marked TRADE or USER_DATA (orders, test orders, account, wallet) must be signed. Sent as a public call, they answer that timestamp or signature is missing. A library method can do this by mistake: binance-connector-go’s test-order call went out unsigned until a merged fix; hand-written code does it when it signs only some endpoints.',
      fixes: [
        {
          title: 'Sign every TRADE and USER_DATA call',
          steps: [
            'Check the endpoint’s security type on its documentation page.',
            'Add timestamp (and recvWindow), sign the whole query string, append signature last and send the API key header.',
            'With a library, upgrade it or use a method that signs; report the unsigned method to its maintainers.',
          ],
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
          { value: 'signing', label: 'signature or timestamp', next: 'signed-sent' },
          { value: 'time', label: 'endTime', ranks: ['endtime-not-after-starttime', 'empty-or-json-body', 'library-wrong-param-name'] },
          { value: 'other', label: 'Another one (quantity, symbol, side, …)', next: 'body' },
          { value: 'none', label: 'None: the short message', next: 'type' },
        ],
        auto: missingParamOrSigning,
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
          { value: 'library', label: 'Through a library, values always set', next: 'sent' },
        ],
      },
      {
        id: 'signed-sent',
        text: 'Does the request that went out carry timestamp and signature (in the query string or the body)?',
        options: [
          { value: 'absent', label: 'No, it went out unsigned', ranks: ['signed-endpoint-sent-unsigned', 'wrong-http-method'] },
          { value: 'present', label: 'Yes, both are there', ranks: ['wrong-base-url', 'wrong-http-method', 'empty-or-json-body'] },
        ],
        auto: namedParamSent,
      },
      {
        id: 'sent',
        text: 'In the request that actually went out (turn on the library’s debug log), what does the parameter the message names look like?',
        options: [
          { value: 'absent', label: 'It is missing, or under another name than the one I passed', ranks: ['library-wrong-param-name', 'wrong-http-method', 'empty-or-json-body'] },
          { value: 'odd-value', label: 'It is there, but its value is not one this endpoint documents', ranks: ['value-from-other-endpoint', 'empty-or-json-body'] },
          { value: 'present', label: 'It is there with a sensible value', ranks: ['wrong-base-url', 'wrong-http-method', 'value-from-other-endpoint'] },
          { value: 'cannot-see', label: 'I cannot see the request', ranks: ['library-wrong-param-name', 'value-from-other-endpoint', 'wrong-base-url'] },
        ],
        auto: namedParamSent,
      },
    ],
  },
};

export default knowledge;
