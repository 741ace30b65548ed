/** Knowledge of sapi:-9000, the unofficial code Binance's asset and sub-account services answer with. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-9000'],
  meaning:
    'A wallet, transfer, dust or sub-account request was refused by one of Binance’s internal services. -9000 is on no official page: its message is what tells you why — e.g. no available amount to move, balances too large to convert as dust (USER_OUT_OF_TRANSFER_FLOAT), or too many sub-accounts of that type. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Read the message: it names the check that failed. Resending unchanged fails the same way; fix the amount, the asset list or the account first.',
  },
  causes: [
    {
      id: 'no-available-amount',
      title: 'Nothing free to move (“user have no avaliable amount”)',
      why: 'The transfer or conversion needs a free balance in the source wallet; coins locked in orders, in another wallet or in a sub-account do not count.',
      fixes: [
        {
          title: 'Check the source wallet’s free balance',
          steps: [
            'Read the free balance of the wallet the request takes from (Spot GET /api/v3/account; Funding POST /sapi/v1/asset/get-funding-asset).',
            'Lower the amount, cancel orders that lock it, or move the coins into that wallet first.',
          ],
        },
      ],
    },
    {
      id: 'dust-over-limit',
      title: 'An asset is too large to convert as dust (USER_OUT_OF_TRANSFER_FLOAT)',
      why: 'Dust conversion to BNB takes only balances worth under about 0.001 BTC; this internal name is the same refusal as -5004.',
      fixes: [
        {
          title: 'Convert only qualifying assets',
          steps: ['List the convertible ones with POST /sapi/v1/asset/dust-btc and send only those to POST /sapi/v1/asset/dust.'],
        },
      ],
    },
    {
      id: 'sub-account-limit',
      title: 'The sub-account limit is reached',
      why: 'Creating a sub-account (virtual or managed) fails when the master already has the most of that type its level allows.',
      fixes: [
        {
          title: 'Reuse or free up sub-accounts',
          steps: ['Count them with GET /sapi/v1/sub-account/list, reuse an existing one, or ask Binance for a higher limit.'],
        },
      ],
    },
  ],
};

export default knowledge;
