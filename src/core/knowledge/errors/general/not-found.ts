/** Knowledge of -1099 NOT_FOUND. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1099'],
  meaning: 'Binance could not find what you asked for, or your key is not authenticated or allowed for it. Nothing was executed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Check the endpoint path and the key’s permissions, then send once.' },
  causes: [
    {
      id: 'wrong-path',
      title: 'The endpoint path or version does not exist',
      why: 'A typo, a version that was never published, or a Spot/COIN-M path on the USD-M host gives this answer.',
      fixes: [
        {
          title: 'Use the documented path on the right host',
          steps: ['Compare the path, version included, with the official documentation of the API you call.', 'Use your library’s method rather than a hand-built URL.'],
        },
      ],
    },
    {
      id: 'not-authorised',
      title: 'The key is missing or not permitted for this endpoint',
      why: 'The endpoint needs a signed request from a key with the right permissions.',
      fixes: [
        {
          title: 'Send a signed request with a suitable key',
          steps: ['Send the X-MBX-APIKEY header and a signature.', 'Enable the permission the endpoint needs in API Management.'],
          snippets: snippetSet('snippets/enable-needed-permission-key'),
        },
      ],
    },
  ],
};

export default knowledge;
