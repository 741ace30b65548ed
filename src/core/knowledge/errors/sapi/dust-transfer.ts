/** Knowledge of sapi:-5003 ASSET_USER_HAVE_NO_ASSET and sapi:-5004 USER_OUT_OF_TRANSFER_FLOAT (small-balance conversion to BNB). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-5003', 'sapi:-5004'],
  meaning:
    'A small-balance (dust) conversion to BNB, or an asset transfer, was refused for one of the assets you listed: you hold none of it that can be converted (-5003), or its balance is too large to count as dust — worth more than 0.001 BTC (-5004). Nothing was converted.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was converted. Resending the same list fails the same way: drop the asset the message names (or that you do not hold freely), then send the rest.',
  },
  causes: [
    {
      id: 'not-dust',
      title: 'The balance is above the dust limit (-5004)',
      why: 'Only balances worth under about 0.001 BTC can be converted to BNB. The message names the asset whose balance is over it; one such asset in the list fails the whole request.',
      fixes: [
        {
          title: 'Convert only real dust',
          steps: [
            'List what qualifies with POST /sapi/v1/asset/dust-btc (the assets the website would offer).',
            'Send only those assets to POST /sapi/v1/asset/dust; sell larger balances normally.',
          ],
        },
      ],
    },
    {
      id: 'asset-not-free',
      title: 'The asset is not in the Spot wallet as a free balance (-5003)',
      why: 'Dust conversion only takes the free Spot balance. Coins locked in open orders, or held in Funding, Earn or margin count as “you don’t have this asset”.',
      fixes: [
        {
          title: 'Convert what is free in Spot',
          steps: [
            'Check free for the asset in GET /api/v3/account.',
            'Cancel open orders on it or move it to Spot first.',
          ],
        },
      ],
    },
    {
      id: 'asset-not-convertible',
      title: 'The asset cannot be converted at the moment',
      why: 'Assets being delisted, BNB itself, and some tokens are not offered for dust conversion; the API answers for them as if you held none, even where the website shows a balance.',
      fixes: [
        {
          title: 'Leave it out',
          steps: ['Send only assets that POST /sapi/v1/asset/dust-btc lists as convertible.'],
        },
      ],
    },
  ],
};

export default knowledge;
