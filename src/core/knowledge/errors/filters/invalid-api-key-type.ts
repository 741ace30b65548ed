/** Knowledge of -4056 INVALID_API_KEY_TYPE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4056'],
  meaning: 'The API key’s type is not accepted for this request.',
  retry: { verdict: 'never-retry', outcome: 'rejected', advice: 'Do not retry with the same key: use a key of a type this endpoint accepts.' },
  causes: [
    {
      id: 'key-type',
      title: 'Key type and signing method do not match the endpoint',
      why: 'Binance keys can be HMAC, RSA or Ed25519; a request signed the wrong way for the key, or a key type the endpoint does not support, is refused.',
      fixes: [
        {
          title: 'Use a matching key and signing',
          steps: [
            'Check the key type in API Management.',
            'Sign HMAC keys with HMAC-SHA256 of the query string; RSA/Ed25519 keys with their private key as your library documents.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
