/**
 * Knowledge of the asset-transfer failures whose outcome needs checking: sapi:-5010 TRANSFER_FAIL and -5012, listed
 * twice on the page (TRANSFER_PENDING "Asset transfer is in pending." and "future account or sub relation not exists.").
 */
import { futuresAccountNotOpenedCause } from './wallet-transfer-account-missing';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-5010', 'sapi:-5012'],
  meaning:
    'A transfer between wallets or accounts did not complete normally: it failed inside Binance (-5010, “Asset transfer fail”), it is still pending (-5012, “Asset transfer is in pending”), or — the other message of -5012 — the futures account or the main/sub-account relation it needs does not exist. A pending transfer may still arrive, so whether money moved is not known until you check.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Do not resend yet: a pending or half-failed transfer may still complete, and a second one would move the money twice. Look it up in the transfer history first (GET /sapi/v1/asset/transfer with the same type), and check both wallets’ balances; send again only once it is clear the first did not and will not arrive.',
  },
  causes: [
    {
      id: 'transfer-still-pending',
      title: 'An earlier transfer of the asset is still being processed (-5012)',
      why: 'Transfers are usually instant, but one can stay pending while Binance settles it (busy moments, a wallet under maintenance); a new one is refused meanwhile, and a bot that fires transfers back to back meets the pending one.',
      fixes: [
        {
          title: 'Wait for it and look it up',
          steps: [
            'Find the transfer in GET /sapi/v1/asset/transfer (type, startTime) and read its status (PENDING, CONFIRMED, FAILED).',
            'Wait until it is CONFIRMED or FAILED before sending another transfer of the same asset.',
          ],
        },
      ],
    },
    futuresAccountNotOpenedCause,
    {
      id: 'not-parent-sub',
      title: 'The other account is not a sub-account of this main account (-5012 “sub relation not exists”)',
      why: 'Transfers between a main account and its sub-accounts must be sent with the main account’s key and name sub-accounts of that same main account; an e-mail of another account, a typo, or a sub-account’s own key is refused.',
      fixes: [
        {
          title: 'Check the sub-account list and the key',
          steps: [
            'List the sub-accounts with GET /sapi/v1/sub-account/list and copy the e-mail exactly.',
            'Send POST /sapi/v1/sub-account/universalTransfer with the main account’s key (a sub-account uses POST /sapi/v1/sub-account/transfer/subToMaster).',
          ],
        },
      ],
    },
    {
      id: 'transfer-internal-failure',
      title: 'Binance’s asset service failed the transfer (-5010)',
      why: 'A generic failure inside Binance: a timeout between wallets, maintenance of one side, or a check it does not name. It usually clears on its own; rarely the transfer is booked anyway.',
      fixes: [
        {
          title: 'Check, then send once',
          steps: [
            'Look the transfer up in GET /sapi/v1/asset/transfer and compare both wallets’ balances.',
            'If nothing moved, wait a minute and send it once; if it keeps failing, contact Binance support with the time and amount.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'which-message',
    questions: [
      {
        id: 'which-message',
        text: 'What does the message say?',
        options: [
          { value: 'pending', label: '“Asset transfer is in pending”', ranks: ['transfer-still-pending', 'transfer-internal-failure'] },
          { value: 'relation', label: '“future account or sub relation not exists”', next: 'between-accounts' },
          { value: 'fail', label: '“Asset transfer fail”', ranks: ['transfer-internal-failure', 'transfer-still-pending'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['transfer-still-pending', 'transfer-internal-failure', 'futures-account-not-opened', 'not-parent-sub'] },
        ],
      },
      {
        id: 'between-accounts',
        text: 'Did the transfer go between a main account and a sub-account, or between wallets of one account?',
        options: [
          { value: 'sub', label: 'Between a main account and a sub-account', ranks: ['not-parent-sub', 'futures-account-not-opened'] },
          { value: 'own', label: 'Between wallets of one account', ranks: ['futures-account-not-opened'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['futures-account-not-opened', 'not-parent-sub'] },
        ],
      },
    ],
  },
};

export default knowledge;
