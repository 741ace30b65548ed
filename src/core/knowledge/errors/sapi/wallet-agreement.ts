/**
 * Knowledge of sapi:-4046 CAPITAL_AGREEMENT_NOT_CONFIRMED ("Agreement not confirmed."). Not the futures -4046
 * NO_NEED_TO_CHANGE_MARGIN_TYPE: only the wallet page gives the number this meaning.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-4046'],
  meaning:
    'A wallet request (a deposit address, a withdrawal or another capital action) was refused because the account has not accepted a terms or risk agreement that this coin, network or feature requires. This is not the futures “No need to change margin type”: nothing is already in place, and nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. The agreement can only be accepted by a person on the website or app; resending through the API fails the same way until then.',
  },
  causes: [
    {
      id: 'agreement-pending-on-site',
      title: 'A terms or risk notice for this coin or feature was never accepted',
      why: 'Some coins and networks (and some wallet features) show a one-time notice — risks of the token, terms of a service, a regional entity’s terms — that must be accepted before first use. The API cannot accept it for you.',
      fixes: [
        {
          title: 'Accept it once on the website or app',
          steps: [
            'Log in with the account that owns the API key and start the same action by hand (open the deposit or withdrawal page of that coin and network).',
            'Read and accept the notice or agreement it shows.',
            'Send the API request once more (e.g. GET /sapi/v1/capital/deposit/address or POST /sapi/v1/capital/withdraw/apply, whichever was refused).',
          ],
        },
      ],
    },
    {
      id: 'agreement-on-other-account',
      title: 'The agreement was accepted on another account than the key’s',
      why: 'Each account — the main account and every sub-account — accepts agreements for itself. Accepting on the main account does not cover a sub-account whose key sends the request.',
      fixes: [
        {
          title: 'Accept it on the account that sends the request',
          steps: [
            'Check in API Management which account the key was created under: a sub-account’s keys belong to that sub-account.',
            'Log in to that account, or use the main account’s key, and accept the agreement there.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
