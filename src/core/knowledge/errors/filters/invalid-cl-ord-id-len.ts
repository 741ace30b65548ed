/** Knowledge of -4015 INVALID_CL_ORD_ID_LEN. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4015'],
  meaning: 'The client order id you sent is not valid: too long (over 36 characters) or containing characters Binance does not accept.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Shorten or clean the client order id, then resend.' },
  causes: [
    {
      id: 'bad-client-id',
      title: 'newClientOrderId too long or with illegal characters',
      why: 'Ids must match ^[.A-Z:/a-z0-9_-]{1,36}$. Prefixes added by frameworks plus a long UUID easily exceed 36 characters; spaces and other symbols are rejected.',
      fixes: [
        {
          title: 'Generate short, plain ids',
          steps: [
            'Keep ids to 36 characters or fewer, using only letters, digits and . : / _ -.',
            'Remember that some libraries add their own prefix to the id you pass.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
