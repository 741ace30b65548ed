/** Knowledge of -2014 BAD_API_KEY_FMT. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2014'],
  meaning: 'The API key Binance received is not even shaped like a key — usually it is empty, has spaces or a newline in it, or is the secret instead of the key. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending will fail the same way until the key your code sends is fixed.',
  },
  causes: [
    {
      id: 'whitespace',
      title: 'Spaces, a newline or quotes around the key',
      why: 'Copying from a web page or a .env file often adds a trailing newline, spaces or quote marks, which are sent as part of the key.',
      fixes: [
        {
          title: 'Strip the key and secret',
          steps: ['Trim whitespace and surrounding quotes when you load them.', 'Print the length: a normal key is 64 characters.'],
          snippets: snippetSet('snippets/strip-key-secret'),
        },
      ],
    },
    {
      id: 'empty-key',
      title: 'The key is empty or not loaded',
      why: 'The environment variable or config entry was not found, so the library sent an empty value, or the literal text "None".',
      fixes: [
        {
          title: 'Check the key is loaded',
          steps: ['Fail at start-up if API_KEY is missing.', 'Check the variable name and that the process sees the environment you set.'],
          snippets: snippetSet('snippets/strip-key-secret'),
        },
      ],
    },
    {
      id: 'swapped',
      title: 'Key and secret swapped, or a different credential pasted',
      why: 'The secret, an RSA/Ed25519 public key, or a key from another exchange was put where the API key goes.',
      fixes: [
        {
          title: 'Paste the API key into the key field',
          steps: [
            'In API Management copy the "API Key" into API_KEY and the "Secret Key" into API_SECRET.',
            'For Ed25519/RSA keys, the API key is still the string Binance shows; the private key file is used for signing.',
          ],
          snippets: snippetSet('snippets/strip-key-secret'),
        },
        {
          title: 'Create a new key pair and copy both values',
          steps: [
            'When you cannot tell what is wrong with the stored key, delete it in API Management and create a new one.',
            'Copy the API Key and the Secret Key right away, each with the copy button, into their own settings: the secret is shown only once.',
            'Set the new key’s permissions and IP restriction as the old one had them, restart the bot so it loads the new values, and test with one signed read.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'length',
    questions: [
      {
        id: 'length',
        text: 'How long is the key your code sends (print len(key))?',
        options: [
          { value: 'zero', label: '0, or it prints None / undefined', ranks: ['empty-key'] },
          { value: 'longer', label: 'More than 64 characters', ranks: ['whitespace', 'swapped'] },
          { value: '64', label: 'Exactly 64', ranks: ['swapped', 'whitespace'] },
          { value: 'other', label: 'Another length', ranks: ['swapped', 'whitespace'] },
        ],
      },
    ],
  },
};

export default knowledge;
