/**
 * Knowledge of the asset-transfer refusals for a destination that does not exist: sapi:-5011 FUTURE_ACCT_NOT_EXIST
 * and -5009 PRODUCT_NOT_EXIST.
 */
import type { Cause, Knowledge } from '../../types';

/** Shared with the -5012 knowledge, whose second message names the same missing futures account. */
export const futuresAccountNotOpenedCause: Cause = {
  id: 'futures-account-not-opened',
  title: 'The futures account was never opened',
  why: 'A Binance account has no USDⓈ-M or COIN-M futures wallet until you open it on the website or app (with its quiz and agreement), and each sub-account opens its own. Until then every transfer to or from it — MAIN_UMFUTURE, MAIN_CMFUTURE, or type 1–4 of POST /sapi/v1/futures/transfer — is refused.',
  fixes: [
    {
      title: 'Open the futures account, then transfer',
      steps: [
        'Log in with the account that owns the API key (or the sub-account) and open USDⓈ-M or COIN-M futures, whichever the transfer targets.',
        'Check GET /sapi/v1/account/info: isFutureEnabled turns true once it is open.',
        'Then send POST /sapi/v1/asset/transfer (e.g. type MAIN_UMFUTURE) once.',
      ],
    },
  ],
};

const knowledge: Knowledge = {
  keys: ['sapi:-5011', 'sapi:-5009'],
  meaning:
    'A transfer named a wallet the account does not have: the futures account was never opened (-5011, “future account not exists”), or the product or isolated margin pair the transfer points at does not exist for this account (-5009). Nothing was moved.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was moved, and resending will not change that: open the futures account (or the isolated margin pair) once on the website or app, or correct the transfer type or symbol, then send once.',
  },
  causes: [
    futuresAccountNotOpenedCause,
    {
      id: 'wrong-futures-kind',
      title: 'The transfer targets the other kind of futures wallet',
      why: 'USDⓈ-M and COIN-M futures are separate accounts and are opened separately. An account with only USDⓈ-M open is refused a transfer to COIN-M (MAIN_CMFUTURE, or type 3 of the older futures transfer), and the other way round.',
      fixes: [
        {
          title: 'Use the type of the wallet you trade in',
          steps: [
            'Send MAIN_UMFUTURE / UMFUTURE_MAIN for USDⓈ-M and MAIN_CMFUTURE / CMFUTURE_MAIN for COIN-M to POST /sapi/v1/asset/transfer.',
            'Open the other futures account first if you really mean to use it.',
          ],
        },
      ],
    },
    {
      id: 'target-product-missing',
      title: 'The isolated margin pair or product the transfer names does not exist (-5009)',
      why: 'A transfer into isolated margin needs an isolated margin account for that symbol, and the symbol must be one offered for isolated margin; a misspelt symbol or a pair never activated is refused, as is a transfer type for a product the account does not have.',
      fixes: [
        {
          title: 'Check the pair or product first',
          steps: [
            'List the account’s isolated pairs with GET /sapi/v1/margin/isolated/account, and activate a new pair with POST /sapi/v1/margin/isolated/account before transferring into it.',
            'Send the symbol as toSymbol / fromSymbol exactly as the margin endpoints spell it (BTCUSDT, no slash).',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
