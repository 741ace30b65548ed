/** Knowledge of -4057 INVALID_RSA_PUBLIC_KEY. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4057'],
  meaning: 'The public key registered for this API key is not valid.',
  retry: { verdict: 'never-retry', outcome: 'rejected', advice: 'Do not retry: the key itself needs fixing in API Management.' },
  causes: [
    {
      id: 'bad-public-key',
      title: 'Invalid RSA/Ed25519 public key on the API key',
      why: 'The public key uploaded when creating the key is malformed or does not match your private key.',
      fixes: [
        {
          title: 'Recreate the key pair',
          steps: ['Generate a fresh key pair, register the public key in API Management, and sign with the matching private key.'],
        },
      ],
    },
  ],
};

export default knowledge;
