/** Knowledge of -1100 ILLEGAL_CHARS. */
import { snippetSet } from '../../snippet-set';
import { illegalParamIdOrIp } from '../../rules/illegal-param-id-or-ip';
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
      why: 'Quantities and prices must be plain decimals such as 0.001. Floats printed as 1e-05, values with a comma as the decimal mark, a thousands separator or a trailing space all fail the pattern. Whole-number parameters (startTime, endTime, limit, fromId) take digits only, \'^[0-9]{1,20}$\': a time computed by division (1700000000000 / 2 in Python) or taken from a float goes out as 850000000000.0 and fails.',
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
        {
          title: 'Send whole-number parameters as integers',
          steps: [
            'Times (startTime, endTime, timestamp), counts (limit) and ids (orderId, fromId) must be whole numbers with no decimal point.',
            'Convert after any arithmetic: int(start + (end - start) // 2) in Python, Math.floor(…) in JavaScript; never send the result of a / division or a float as it is.',
            'If a library computes the value (a paging helper that splits the time window), upgrade it or pass the times yourself.',
          ],
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
            'Use the symbol exactly as the exchangeInfo endpoint of the API you call lists it, upper case, no separators.',
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
          snippets: snippetSet('snippets/send-lists-compact-url', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'null-sent-as-text',
      title: 'An unset value (None, null, undefined) was sent as text',
      why: 'A parameter that should have been left out was serialised as the word None, null, undefined or NaN (limit=None, price=undefined). No number or id pattern accepts it. Wrappers that pass every optional argument through, set or not, cause this.',
      fixes: [
        {
          title: 'Leave unset parameters out',
          steps: [
            'Look at the named parameter in the logged request: a word instead of a value means it was never set.',
            'Drop parameters whose value is None/null/undefined before sending, or give them a real value.',
            'If a wrapper or feed adds it, set the value in its configuration or upgrade it.',
          ],
          snippets: snippetSet('snippets/send-form-encoded-parameters', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'client-id-passed-as-orderid',
      title: 'A client order id was sent in orderId',
      why: 'orderId takes only the number Binance assigned to the order. Your own id (letters, dashes) belongs in origClientOrderId for lookups and cancels; put in orderId it fails the digits-only pattern.',
      fixes: [
        {
          title: 'Send your own id as origClientOrderId',
          steps: [
            'Use orderId only with the numeric id from the placement response.',
            'Look up or cancel by your own id with origClientOrderId (ccxt: params={"origClientOrderId": …}).',
          ],
          snippets: snippetSet('snippets/look-order-up-client', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'ipv6-source-address',
      title: 'The request left over IPv6, where an IPv4 address is expected',
      why: 'The "ip" in the message is not a value you sent: it is the address your request came from. Some endpoints (and IP-restricted keys) check it as an IPv4 dotted quad; a machine whose traffic leaves over IPv6 fails that check however correct the request is.',
      fixes: [
        {
          title: 'Send your requests over IPv4',
          steps: [
            'Check which address the world sees: curl -4 and curl -6 against an address-echo service.',
            'Make your HTTP client connect over IPv4 (or turn IPv6 off on the machine or network), then retry.',
            'If the key is IP-restricted, whitelist the IPv4 address you now send from.',
          ],
          snippets: snippetSet('errors/request/illegal-chars/force-ipv4'),
        },
      ],
    },
    {
      id: 'signature-not-hex',
      title: 'The signature is not 64 hex characters (Base64, for one)',
      why: 'With an HMAC key (the kind Binance generates) the signature is the HMAC-SHA256 digest written as 64 hex characters, \'^[A-Fa-f0-9]{64}$\'. Code or a library that Base64-encodes the digest sends +, / and = and fails this check before the signature is even compared. Base64 is right only for RSA and Ed25519 keys, whose signatures are sent URL-encoded.',
      fixes: [
        {
          title: 'Send the HMAC-SHA256 signature as hex',
          steps: [
            'Sign the exact query string (and body) with the secret using HMAC-SHA256 and take the hex digest: hmac.new(secret, msg, hashlib.sha256).hexdigest() in Python, crypto.createHmac("sha256", secret).update(msg).digest("hex") in Node, OpenSSL::HMAC.hexdigest in Ruby.',
            'Check the signature you send is 64 characters of 0-9 and a-f.',
            'If a library builds it, upgrade the library or patch its signing to the hex digest; with an RSA or Ed25519 key, tell the library the key type instead.',
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
        help: 'The long form reads "Illegal characters found in parameter \'X\'; legal range is \'…\'".',
        options: [
          { value: 'number', label: 'quantity, price, stopPrice, limit or another amount or time', ranks: ['number-format', 'null-sent-as-text'] },
          { value: 'order-id', label: 'orderId, fromId or another id Binance assigns', ranks: ['client-id-passed-as-orderid', 'null-sent-as-text', 'number-format'] },
          { value: 'ip', label: 'ip (an address you did not send yourself)', ranks: ['ipv6-source-address'] },
          { value: 'client-id', label: 'newClientOrderId / origClientOrderId', ranks: ['client-id-chars'] },
          { value: 'symbol', label: 'symbol', ranks: ['symbol-format'] },
          { value: 'list', label: 'symbols, batchOrders, orderIdList or another list', ranks: ['list-param-encoding'] },
          { value: 'signature', label: 'signature', ranks: ['signature-not-hex', 'null-sent-as-text'] },
          { value: 'none', label: 'It names none (short message)', next: 'values' },
        ],
        auto: illegalParamIdOrIp,
      },
      {
        id: 'values',
        text: 'Which of your values looks unusual?',
        options: [
          { value: 'number', label: 'A number with an exponent (1e-05), a comma or a space', ranks: ['number-format'] },
          { value: 'client-id', label: 'The client order id (spaces, symbols, longer than 36)', ranks: ['client-id-chars'] },
          { value: 'symbol', label: 'The symbol has a slash, colon or dash', ranks: ['symbol-format'] },
          { value: 'unset', label: 'A value reads None, null, undefined or NaN', ranks: ['null-sent-as-text'] },
          {
            value: 'unsure',
            label: 'None that I can see',
            ranks: ['number-format', 'null-sent-as-text', 'client-id-chars', 'symbol-format', 'list-param-encoding', 'ipv6-source-address'],
          },
        ],
        auto: malformedRequestValue,
      },
    ],
  },
};

export default knowledge;
