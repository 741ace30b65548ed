/** Knowledge of -4114 INVALID_CLIENT_TRAN_ID_LEN, coinm:-4110 INVALID_CLIENT_TRAN_ID_LEN. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4114', 'coinm:-4110'],
  meaning: 'The clientTranId you sent is not valid: it is too long (64 characters or more) or malformed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Shorten or clean the clientTranId and send again.' },
  causes: [
    {
      id: 'bad-tran-id',
      title: 'clientTranId too long or malformed',
      why: 'The transfer-style id must stay under 64 characters.',
      fixes: [{ title: 'Use a short unique id', steps: ['Generate ids under 64 characters of letters and digits.'] }],
    },
  ],
};

export default knowledge;
