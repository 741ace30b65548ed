/** Knowledge of -1130 INVALID_PARAMETER. */
import { snippetSet } from '../../snippet-set';
import { listParamNamed } from '../../rules/list-param-named';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1130'],
  meaning: 'A parameter had a value Binance considers invalid (wrong type, out of range or not an allowed value). The message may name it. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Correct the named value and send again.' },
  causes: [
    {
      id: 'invalid-value',
      title: 'A value that is not valid for the parameter',
      why: 'Common ones: limit outside the allowed set, leverage as text, a negative or zero number, a boolean written as True instead of true, or an enum value in the wrong case.',
      fixes: [
        {
          title: 'Send a valid value',
          steps: [
            'Check the named parameter against the allowed range or enum on the endpoint page.',
            'Send booleans as lower-case true/false and numbers as plain decimals.',
          ],
          snippets: snippetSet('snippets/format-numbers-plain-decimal', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'list-not-json-array',
      title: 'A list was not sent as one JSON array (repeated keys, or "[object Object]")',
      why: 'orderIdList, origClientOrderIdList, batchOrders and symbols must each be a single URL-encoded JSON array. Library versions that write the list as repeated keys (orderIdList=1&orderIdList=2), or JavaScript code that puts an array of objects straight into the query (batchOrders=[object Object]), send something Binance cannot read. Reported and fixed in binance-futures-connector-python’s cancel_batch_order (after its issue #15; the COIN-M variant again in 2026) and in the sieblyio binance package (v2.8.5); binance-api-node’s futuresBatchOrders needs the list passed through JSON.stringify.',
      fixes: [
        {
          title: 'Serialise the list to JSON yourself, or upgrade the library',
          steps: [
            'Look at the logged query: the list must appear once, as [..] JSON (percent-encoded), never as repeated names or [object Object].',
            'Pass JSON.stringify(list) / json.dumps(list, separators=(",", ":")) where the library does not encode it.',
            'Upgrade the library to a release whose changelog fixes that endpoint’s list encoding.',
          ],
          snippets: snippetSet('snippets/send-lists-compact-url', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'which',
    questions: [
      {
        id: 'which',
        text: 'Which parameter does the message name?',
        options: [
          { value: 'list', label: 'A list: orderIdList, origClientOrderIdList, batchOrders or symbols', ranks: ['list-not-json-array', 'invalid-value'] },
          { value: 'value', label: 'Another parameter, or none', ranks: ['invalid-value', 'list-not-json-array'] },
        ],
        auto: listParamNamed,
      },
    ],
  },
};

export default knowledge;
