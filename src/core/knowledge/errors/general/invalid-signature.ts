/** Knowledge of -1022 INVALID_SIGNATURE. */
import { snippetSet } from '../../snippet-set';
import { callMethodDocumentedArgumentsFix } from '../../fixes/call-method-documented-arguments';
import { pinLastWorkingLibraryVersionFix } from '../../fixes/pin-last-working-library-version';
import { librarySigns } from '../../rules/library-signs';
import { unusualCharacters } from '../../rules/unusual-characters';
import { writeOrGet } from '../../rules/write-or-get';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1022'],
  meaning: 'The signature Binance computed from your request did not match the one you sent. Either the secret is not the one that belongs to the key, or the text that was signed differs from the text that was sent. Nothing was executed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was executed. Fix the secret or the signing, then send the request again; the same request will fail the same way.',
  },
  causes: [
    {
      id: 'wrong-secret',
      title: 'The secret is wrong, from another key, or from another environment',
      why: 'A secret with a stray space or newline, a secret from an older key, or testnet/demo credentials used on the live host (or the other way round) produce a signature Binance cannot match.',
      fixes: [
        {
          title: 'Load the right secret for the right host',
          steps: [
            'Copy the secret again (it is shown only once; create a new key if lost) and strip whitespace.',
            'Make sure key and secret are from the same key pair and not swapped.',
            'Testnet keys work only on the testnet host, live keys only on fapi.binance.com.',
            'Test with one signed read (GET /fapi/v2/balance).',
          ],
          snippets: snippetSet('snippets/enable-needed-permission-key'),
        },
      ],
    },
    {
      id: 'signed-string-differs',
      title: 'The parameters were changed after signing',
      why: 'The signature must cover exactly the query string (and body) that is sent. Re-ordering, re-encoding, adding a parameter, formatting a number differently, or putting signature anywhere but last after signing breaks it.',
      fixes: [
        {
          title: 'Sign the final encoded string and send it unchanged',
          steps: [
            'Build the full query string, sign that exact text, append &signature=… last.',
            'Do not let your HTTP client re-encode or re-order parameters after signing.',
            'Drop parameters with empty values instead of sending "name=".',
            'Send the HMAC-SHA256 digest as 64 hex characters, never Base64.',
            'With a library, pass plain values and let it sign.',
          ],
          snippets: snippetSet('errors/general/invalid-signature/sign-final-encoded-string', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
        callMethodDocumentedArgumentsFix,
      ],
    },
    {
      id: 'special-characters',
      title: 'Characters that were not encoded the same way before and after signing',
      why: 'Non-ASCII symbols (such as the Chinese-named USD-M symbols), spaces, JSON lists (batchOrders) and characters like @ [ ] must be percent-encoded (UTF-8) and the encoded text signed. Library versions that sign the raw text and send a re-encoded one fail on exactly these calls: python-binance fixed it for Chinese symbols in 1.0.31–1.0.32, the PHP package linwj/binance in 2.3.6 (October–November 2025).',
      fixes: [
        {
          title: 'Percent-encode first, then sign',
          steps: ['Encode parameter values as UTF-8 percent-encoding.', 'Sign the encoded string, and send it unchanged.'],
          snippets: snippetSet('errors/general/invalid-signature/percent-encode-first-sign'),
        },
        {
          title: 'Upgrade the library to the release that encodes these characters the way it signs them',
          steps: [
            'If a library signs for you and only the calls with such a value fail, look for the signature error with your symbol or character in its issues and changelog.',
            'Upgrade to the release that fixed it: python-binance 1.0.32 for Chinese-named symbols, linwj/binance 2.3.6, ccxt after 4.3.83 for a * in Simple Earn product ids.',
            'If no release fixes it yet, report the failing call, and meanwhile sign that call in your own code: percent-encode first, then sign the encoded text.',
          ],
        },
      ],
    },
    {
      id: 'post-body-vs-query',
      title: 'A POST whose body and query were signed differently',
      why: 'Binance signs the query string followed by the request body. Signing the parameters as a query but sending them as the body (or the reverse, or splitting them between both) gives a different text.',
      fixes: [
        {
          title: 'Sign exactly what goes in the body and query',
          steps: [
            'Put all parameters in one place (query or body) and sign that.',
            'If you use both, sign the query string immediately followed by the body.',
            'Send the body as application/x-www-form-urlencoded.',
          ],
          snippets: snippetSet('errors/general/invalid-signature/sign-exactly-what-goes', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'key-type-mismatch',
      title: 'An RSA or Ed25519 key signed as if it were an HMAC secret (or the reverse)',
      why: 'Self-generated keys are signed with the private key; system-generated keys use HMAC-SHA256 with the secret. Using the wrong method always fails.',
      fixes: [
        {
          title: 'Sign with the method that matches the key type',
          steps: [
            'Check in API Management whether the key is system-generated (HMAC) or self-generated (RSA/Ed25519).',
            'For RSA/Ed25519 pass the PEM private key to the library; for HMAC pass the secret.',
          ],
          snippets: snippetSet('errors/general/invalid-signature/sign-method-matches-key'),
        },
      ],
    },
    {
      id: 'library-signing-regression',
      title: 'A library release broke request signing',
      why: 'Key, secret and your code are unchanged, a new key does not help, and the previous library version works: the new release signs some calls wrongly. node-binance-api 0.8.8 broke marketBuy/marketSell this way (fixed in 0.9.0); in 2025 node-binance-api set timestamp and recvWindow after building the signed query (fixed by a merged pull request); users of the PHP package linwj/binance reported the same after 2.2.1 changed its signature function.',
      fixes: [pinLastWorkingLibraryVersionFix],
    },
    {
      id: 'signature-not-last',
      title: 'The signature is not the last parameter',
      why: 'Binance checks the signature against what precedes it and asks for signature at the end of the query string or body. A client that builds the query from an unordered map can put it in the middle now and then, so the same call fails at random although the HMAC itself is right. Binance_Futures_python did this until its fix placed the signature last.',
      fixes: [
        {
          title: 'Append the signature last, after everything it signs',
          steps: [
            'Build the query string in a fixed order, sign it, then append &signature=… at the very end.',
            'If a library does the ordering, upgrade it (or patch it to append the signature last).',
          ],
          snippets: snippetSet('errors/general/invalid-signature/sign-final-encoded-string', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'any',
    questions: [
      {
        id: 'any',
        text: 'Do any signed calls work with this key, for example GET /fapi/v2/balance?',
        options: [
          { value: 'none', label: 'No signed call works', next: 'who' },
          { value: 'some', label: 'Some work, this one fails', next: 'chars' },
        ],
      },
      {
        id: 'who',
        text: 'Do you sign requests yourself, or does a library do it?',
        options: [
          { value: 'library', label: 'A library signs them', ranks: ['wrong-secret', 'key-type-mismatch'] },
          {
            value: 'self',
            label: 'My own code signs them',
            ranks: ['wrong-secret', 'signed-string-differs', 'post-body-vs-query', 'key-type-mismatch'],
          },
        ],
        auto: librarySigns,
      },
      {
        id: 'chars',
        text: 'Does the failing call carry unusual characters: a non-ASCII symbol, spaces, a JSON list (batchOrders) or @ [ ]?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['special-characters', 'signed-string-differs'] },
          { value: 'no', label: 'No', next: 'since' },
        ],
        auto: unusualCharacters,
      },
      {
        id: 'since',
        text: 'When does this call fail?',
        options: [
          { value: 'after-update', label: 'Since I updated the library; the previous version worked', ranks: ['library-signing-regression', 'signed-string-differs', 'special-characters'] },
          { value: 'randomly', label: 'Now and then: the same kind of call sometimes works', ranks: ['signature-not-last', 'signed-string-differs', 'post-body-vs-query'] },
          { value: 'always', label: 'Every time, since I first wrote it', next: 'method' },
        ],
      },
      {
        id: 'method',
        text: 'Is the failing call a POST, PUT or DELETE while GET requests work?',
        options: [
          { value: 'write', label: 'Yes, a POST/PUT/DELETE', ranks: ['post-body-vs-query', 'signed-string-differs', 'special-characters'] },
          { value: 'get', label: 'No, it is a GET too', ranks: ['signed-string-differs', 'special-characters'] },
        ],
        auto: writeOrGet,
      },
    ],
  },
};

export default knowledge;
