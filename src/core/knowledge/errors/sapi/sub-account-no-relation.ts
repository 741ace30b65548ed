/** Knowledge of sapi:-5021 PARENT_SUB_HAVE_NO_RELATION and sapi:-4003 CAPITAL_IEV (the sub-account email a request names). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-5021', 'sapi:-4003'],
  meaning:
    'A request that names a sub-account by email was refused: the email is not a sub-account of the account whose API key signed it (-5021), or Binance could not read it as a valid email (-4003). Nothing was transferred, created or read.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice:
      'Nothing was transferred. Resending fails the same way: check the exact email in your sub-account list and that the request is signed with the master account’s key, then send again.',
  },
  causes: [
    {
      id: 'not-my-sub-account',
      title: 'The email is not a sub-account of this master',
      why: 'Sub-account endpoints (universal transfer, deposit address, assets, margin or futures enabling) only accept sub-accounts of the account that signs the request. A typo, an email from another master, a sub-account that was deleted, or the master’s own email fails with -5021.',
      fixes: [
        {
          title: 'Take the email from your sub-account list',
          steps: [
            'List your sub-accounts with GET /sapi/v1/sub-account/list (optionally email=… to check one) and copy the email exactly.',
            'For virtual sub-accounts use the full generated email Binance returned when it created them.',
          ],
        },
      ],
    },
    {
      id: 'signed-with-sub-key',
      title: 'The request is signed with the sub-account’s own key',
      why: 'Endpoints “for master account” must be signed by the master. Called with a sub-account’s API key, the named email has no parent-child link to the signer. Sub-accounts have their own endpoints, e.g. POST /sapi/v1/sub-account/transfer/subToMaster.',
      fixes: [
        {
          title: 'Use the master key, or the sub-account endpoint',
          steps: [
            'Sign master-only calls (e.g. POST /sapi/v1/sub-account/universalTransfer) with the master account’s API key, with universal transfer enabled on that key.',
            'From a sub-account key, use the sub-account endpoints (subToMaster, subToSub) instead.',
          ],
        },
      ],
    },
    {
      id: 'email-encoding',
      title: 'The email was mangled on the way (-4003)',
      why: 'An email with “+” or other special characters must be URL-encoded in the query string or form body; a “+” sent raw becomes a space, and a library that encodes the body differently from what it signed can also trip the signature check.',
      fixes: [
        {
          title: 'Encode the email once, and sign what you send',
          steps: [
            'URL-encode the email (@ as %40, + as %2B) exactly once, and sign the string as it goes on the wire.',
            'Remove spaces or line breaks copied along with the email; log the final request to compare.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'signer',
    questions: [
      {
        id: 'signer',
        text: 'Which account’s API key signs the request, and is the email in its GET /sapi/v1/sub-account/list?',
        options: [
          { value: 'master-listed', label: 'The master’s key, and the email is listed', ranks: ['email-encoding', 'not-my-sub-account'] },
          { value: 'master-not-listed', label: 'The master’s key, but the email is not listed', ranks: ['not-my-sub-account'] },
          { value: 'sub-key', label: 'A sub-account’s own key', ranks: ['signed-with-sub-key', 'not-my-sub-account'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['not-my-sub-account', 'signed-with-sub-key', 'email-encoding'] },
        ],
      },
    ],
  },
};

export default knowledge;
