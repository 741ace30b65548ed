/** Knowledge of -1101 TOO_MANY_PARAMETERS. */
import { snippetSet } from '../../snippet-set';
import { duplicateOrTooManyParams } from '../../rules/duplicate-or-too-many-params';
import { repeatedParamKind } from '../../rules/repeated-param-kind';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1101'],
  meaning: 'The request carried more parameters than the endpoint takes, or the same parameter twice. Binance refused it without acting.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Remove the duplicate or extra parameter, then send again.' },
  causes: [
    {
      id: 'duplicate-param',
      title: 'The same parameter was sent twice',
      why: 'The "Duplicate values for a parameter detected." form means one name appears twice — typically timestamp, recvWindow or signature added by your code on top of what the library already adds, or a value present in both the query string and the body.',
      fixes: [
        {
          title: 'Let one layer add each parameter',
          steps: [
            'Remove timestamp, signature (and usually recvWindow) from your own parameter dict when a library signs for you.',
            'If you sign yourself, build the string once and send it in one place only: query string or body, not both.',
            'Log the final URL/body and check no name repeats.',
          ],
          snippets: snippetSet('snippets/let-one-layer-add', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'extra-params',
      title: 'More parameters than this endpoint accepts',
      why: 'The "expected X and received Y" form means the endpoint counted too many. Passing a whole order dict into a lookup, or retrying with leftovers from another call, adds fields the endpoint has no slot for.',
      fixes: [
        {
          title: 'Send only what the endpoint documents',
          steps: [
            'Compare your parameters with the endpoint page and drop the rest.',
            'Build a fresh parameter object for every call instead of reusing one.',
          ],
          snippets: snippetSet('snippets/send-only-what-endpoint', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'list-param-repeated-keys',
      title: 'A list parameter sent as repeated keys (symbols[]=…&symbols[]=…)',
      why: 'Binance wants a list parameter as one value: a JSON array, URL-encoded (symbols=["BTCUSDT","ETHUSDT"]). A client that writes each element as its own key — the usual way HTTP libraries encode arrays — sends the same name several times, which Binance reads as duplicates. The sieblyio binance package did this for the rolling-window ticker’s symbols until v2.15.6.',
      fixes: [
        {
          title: 'Send the list as one JSON-encoded value',
          steps: [
            'Serialise the list yourself: json.dumps(list, separators=(",", ":")) or JSON.stringify(list), and pass that string as the parameter.',
            'Or upgrade the library to a release that encodes that endpoint’s list correctly.',
            'Check the logged query: the name must appear once.',
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
        text: 'Which form of the message did you get?',
        options: [
          { value: 'duplicate', label: '"Duplicate values for a parameter …"', next: 'repeated' },
          { value: 'count', label: '"Too many parameters; expected … and received …" or the short form', next: 'own-signing' },
        ],
        auto: duplicateOrTooManyParams,
      },
      {
        id: 'repeated',
        text: 'Which parameter appears more than once in the request?',
        options: [
          { value: 'list', label: 'A list: symbols[], orderIdList or another array', ranks: ['list-param-repeated-keys', 'duplicate-param'] },
          { value: 'signing', label: 'timestamp, signature or recvWindow', ranks: ['duplicate-param'] },
          { value: 'other', label: 'Another one, or I cannot tell', ranks: ['duplicate-param', 'list-param-repeated-keys'] },
        ],
        auto: repeatedParamKind,
      },
      {
        id: 'own-signing',
        text: 'Do you add timestamp, recvWindow or signature yourself while also using a library?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['duplicate-param', 'extra-params'] },
          { value: 'no', label: 'No', ranks: ['extra-params', 'duplicate-param'] },
        ],
      },
    ],
  },
};

export default knowledge;
