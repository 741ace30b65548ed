/** Knowledge of -1104 UNREAD_PARAMETERS. */
import { snippetSet } from '../../snippet-set';
import { libraryWrongParamNameCause } from '../../causes/library-wrong-param-name';
import { wrongHttpMethodCause } from '../../causes/wrong-http-method';
import { fieldOfOtherOrderType } from '../../rules/field-of-other-order-type';
import { futuresFieldsOnSpot } from '../../rules/futures-fields-on-spot';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1104'],
  meaning: 'Binance received parameters that this endpoint (or this order type) never reads, so it refused the whole request. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Remove the parameters the endpoint does not use and send again.',
  },
  causes: [
    {
      id: 'futures-params-on-spot',
      title: 'Futures-only fields were sent to a Spot endpoint',
      why: 'reduceOnly, positionSide, closePosition, workingType or leverage mean nothing on Spot’s order endpoint. Bots that share one order builder for Spot and futures send them anyway.',
      fixes: [
        {
          title: 'Build Spot orders without futures fields',
          steps: ['Keep separate order builders for Spot and futures.', 'On Spot, "reduce only" does not exist: sell what you hold instead.'],
          snippets: snippetSet('errors/request/unread-parameters/build-spot-orders-without', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'param-for-other-type',
      title: 'A field that this order type does not use',
      why: 'The endpoint knows the field, but not for this type: stopPrice on a plain LIMIT, price on MARKET, callbackRate on STOP_MARKET, icebergQty on MARKET.',
      fixes: [
        {
          title: 'Send only the fields of this type',
          steps: [
            'LIMIT: quantity, price, timeInForce. MARKET: quantity (or quoteOrderQty on Spot). Conditional types: the trigger price and, for the limit versions, price.',
            'Drop fields left over from another order type.',
          ],
          snippets: snippetSet('snippets/send-only-what-endpoint', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'unknown-or-misspelled',
      title: 'A misspelled or invented parameter name',
      why: 'A typo (quantiy, stopprice) or a field from another exchange or another endpoint is counted as sent but never read.',
      fixes: [
        {
          title: 'Check every name against the endpoint page',
          steps: [
            'Names are case-sensitive: stopPrice, timeInForce, newClientOrderId.',
            'Log the final request and compare it field by field with the documentation.',
          ],
          snippets: snippetSet('snippets/let-one-layer-add', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'wrapper-adds-extra-param',
      title: 'A wrapper or framework adds its own field to the request',
      why: 'You never wrote the extra parameter: a layer between your code and the exchange library puts its own bookkeeping field into the order parameters, and the library forwards everything it gets. bt-ccxt-store’s broker added "created" to every order this way; options copied from outdated docs (python-binance’s disable_validation) end up in the request the same way.',
      fixes: [
        {
          title: 'Find the layer that adds the field and stop it',
          steps: [
            'Log the final request and list the fields you did not pass yourself.',
            'Find where the wrapper adds them (its order-submit code or options) and remove or configure them; upgrade it if a newer version stops doing it.',
            'Pass exchange-specific extras only through the library’s params argument, and only documented ones.',
          ],
          snippets: snippetSet('snippets/let-one-layer-add', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    libraryWrongParamNameCause,
    wrongHttpMethodCause,
  ],
  tree: {
    start: 'product',
    questions: [
      {
        id: 'product',
        text: 'Did the request go to Spot (/api/v3/) with futures fields such as reduceOnly or positionSide?',
        options: [{ value: 'yes', label: 'Yes', ranks: ['futures-params-on-spot'] }, { value: 'no', label: 'No', next: 'type-fields' }],
        auto: futuresFieldsOnSpot,
      },
      {
        id: 'type-fields',
        text: 'Does every field you sent belong to this order type?',
        options: [
          { value: 'extra', label: 'No: e.g. price on MARKET or stopPrice on LIMIT', ranks: ['param-for-other-type'] },
          { value: 'fine', label: 'Yes, as far as I can tell', next: 'who-adds' },
        ],
        auto: fieldOfOtherOrderType,
      },
      {
        id: 'who-adds',
        text: 'Compare the request that went out (debug log) with what your code passed: where does the field Binance did not read come from?',
        options: [
          { value: 'own', label: 'It is one I passed myself', ranks: ['unknown-or-misspelled', 'wrong-http-method', 'param-for-other-type'] },
          { value: 'wrapper', label: 'A framework or wrapper added a field I never wrote', ranks: ['wrapper-adds-extra-param', 'library-wrong-param-name'] },
          { value: 'renamed', label: 'The library sent my value under another name', ranks: ['library-wrong-param-name', 'wrapper-adds-extra-param'] },
          { value: 'cannot-see', label: 'I cannot see the request', ranks: ['unknown-or-misspelled', 'wrapper-adds-extra-param', 'library-wrong-param-name'] },
        ],
      },
    ],
  },
};

export default knowledge;
