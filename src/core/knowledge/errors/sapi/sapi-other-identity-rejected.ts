/** Knowledge of sapi:200003903 "Your identity verification has been rejected…" (seen live, on no official list). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:200003903'],
  meaning:
    'Binance refused the request because the account’s identity verification (KYC) has been rejected or must be done again. The code is on no official list. Nothing was done, and requests that need a verified account keep failing until the verification is completed.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry from code: complete identity verification again in the Binance app or website, wait for it to be approved, then use the API again.',
  },
  causes: [
    {
      id: 'kyc-rejected',
      title: 'The identity verification was rejected',
      why: 'A submitted verification that Binance rejected (unreadable documents, mismatched details) leaves the account unverified, and features that require verification — withdrawals, many SAPI products — are refused.',
      fixes: [
        {
          title: 'Verify again in the app',
          steps: ['Open Identification in the app or on the website, read the reason given for the rejection, and submit the verification again.'],
        },
      ],
    },
    {
      id: 'kyc-update-required',
      title: 'Binance asks for an updated verification',
      why: 'Accounts can be asked to verify again — new rules in their country, expired documents, or a move to another Binance entity — and are restricted until they do.',
      fixes: [
        {
          title: 'Complete the requested update',
          steps: ['Follow the notice in the app (or in Binance’s e-mail) and complete the updated verification; then retry the request.'],
        },
      ],
    },
  ],
};

export default knowledge;
