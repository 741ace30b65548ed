/** Knowledge of -1108 BAD_ASSET. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1108'],
  meaning: 'The asset you named is not valid for this request (for example a typo, or an asset the endpoint does not handle). Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Send an asset code this endpoint accepts, in upper case.' },
  causes: [
    {
      id: 'bad-asset',
      title: 'Unknown or unsupported asset',
      why: 'The asset is misspelt or lower case, or it is not a margin asset for this product (e.g. USDT on a COIN-M call, or an asset not supported for transfers).',
      fixes: [
        {
          title: 'Send a supported asset',
          steps: [
            'Use upper-case asset codes such as USDT, USDC, BTC.',
            'Check the product’s supported assets: USD-M GET /fapi/v3/balance lists its margin assets; COIN-M uses the coins of its contracts.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
