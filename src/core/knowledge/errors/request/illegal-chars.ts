/** Knowledge of -1100 ILLEGAL_CHARS. */
import { snippetSet } from '../../snippet-set';
import { illegalParamKind } from '../../rules/illegal-param-kind';
import { malformedRequestValue } from '../../rules/malformed-request-value';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1100'],
  meaning: 'One of the values you sent contains characters Binance does not accept for that parameter. The request was refused before anything happened.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Find the value with the bad characters (the message usually names the parameter and the allowed pattern), clean it, then send again.',
  },
  causes: [
    {
      id: 'number-format',
      title: 'A number was written in a form Binance cannot read',
      why: 'Quantities and prices must be plain decimals such as 0.001. Floats printed as 1e-05, values with a comma as the decimal mark, a thousands separator or a trailing space all fail the pattern.',
      fixes: [
        {
          title: 'Format numbers as plain decimal strings',
          steps: [
            'Format quantity, price and stopPrice yourself (Decimal in Python, toFixed in JavaScript) before sending.',
            'Never let str(float) or String(number) print small values: they switch to exponent form.',
            'Make sure your locale does not turn the decimal point into a comma.',
          ],
          snippets: snippetSet('snippets/format-numbers-plain-decimal', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'client-id-chars',
      title: 'The client order id has characters outside the allowed set',
      why: 'newClientOrderId (and origClientOrderId) may only use letters, digits and . : / _ - and at most 36 characters. Spaces, #, +, @ or a long strategy name in the id trigger this.',
      fixes: [
        {
          title: 'Build ids from the allowed characters only',
          steps: ['Generate ids like "bot-" plus a short hex string.', 'Check them against ^[.A-Z:/a-z0-9_-]{1,36}$ before sending.'],
          snippets: snippetSet('snippets/build-ids-allowed-characters', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'symbol-format',
      title: 'The symbol was sent in a display or unified format',
      why: 'The REST API wants the exchange id such as BTCUSDT. A slash (BTC/USDT), a colon (BTC/USDT:USDT), a dash or spaces come from ccxt-style or UI symbols.',
      fixes: [
        {
          title: 'Send the exchange symbol id',
          steps: [
            'Use the symbol exactly as GET /fapi/v1/exchangeInfo (or /dapi/v1/ or /api/v3/) lists it, upper case, no separators.',
            'In ccxt keep the unified symbol in ccxt calls and use market(symbol)["id"] when you call raw endpoints.',
          ],
          snippets: snippetSet('snippets/send-exchange-symbol-id'),
        },
      ],
    },
    {
      id: 'list-param-encoding',
      title: 'A list parameter was not sent as URL-encoded JSON',
      why: 'Parameters such as symbols, batchOrders or orderIdList must be a JSON array, URL-encoded. A Python list printed with single quotes or an unencoded bracket string is refused.',
      fixes: [
        {
          title: 'Send lists as compact, URL-encoded JSON',
          steps: [
            'Serialise with json.dumps(list, separators=(",", ":")) or JSON.stringify(list).',
            'URL-encode the result; let the library do it where it supports the endpoint.',
          ],
          snippets: snippetSet('errors/request/illegal-chars/send-lists-compact-url', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
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
        help: 'The long form reads "Illegal characters found in parameter \'X\'; legal range is \'…\'".',
        options: [
          { value: 'number', label: 'quantity, price, stopPrice or another number', ranks: ['number-format'] },
          { value: 'client-id', label: 'newClientOrderId / origClientOrderId', ranks: ['client-id-chars'] },
          { value: 'symbol', label: 'symbol', ranks: ['symbol-format'] },
          { value: 'list', label: 'symbols, batchOrders, orderIdList or another list', ranks: ['list-param-encoding'] },
          { value: 'none', label: 'It names none (short message)', next: 'values' },
        ],
        auto: illegalParamKind,
      },
      {
        id: 'values',
        text: 'Which of your values looks unusual?',
        options: [
          { value: 'number', label: 'A number with an exponent (1e-05), a comma or a space', ranks: ['number-format'] },
          { value: 'client-id', label: 'The client order id (spaces, symbols, longer than 36)', ranks: ['client-id-chars'] },
          { value: 'symbol', label: 'The symbol has a slash, colon or dash', ranks: ['symbol-format'] },
          {
            value: 'unsure',
            label: 'None that I can see',
            ranks: ['number-format', 'client-id-chars', 'symbol-format', 'list-param-encoding'],
          },
        ],
        auto: malformedRequestValue,
      },
    ],
  },
};

export default knowledge;
