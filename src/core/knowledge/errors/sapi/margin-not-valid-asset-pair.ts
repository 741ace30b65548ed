/** Knowledge of sapi:-3027 NOT_VALID_MARGIN_ASSET and sapi:-3028 NOT_VALID_MARGIN_PAIR. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3027', 'sapi:-3028'],
  meaning:
    'The asset (-3027) or the trading pair (-3028) you named is not available on margin — not in cross margin, or not as an isolated pair — or is written in a form Binance does not know. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending fails the same way: use an asset or pair that margin supports (and spell it as Binance does), or trade it on Spot.',
  },
  causes: [
    {
      id: 'not-on-margin',
      title: 'The asset or pair is not offered on margin',
      why: 'Only part of the Spot market can be traded or borrowed on margin, and the cross and isolated lists differ. Binance also removes pairs from margin ahead of delistings.',
      fixes: [
        {
          title: 'Check the margin lists',
          steps: [
            'Look the asset up in GET /sapi/v1/margin/allAssets and the pair in GET /sapi/v1/margin/allPairs (cross) or GET /sapi/v1/margin/isolated/allPairs (isolated).',
            'If it is missing, trade it on Spot or pick a pair that margin lists.',
          ],
        },
      ],
    },
    {
      id: 'symbol-format',
      title: 'The asset or symbol is spelled the way your library spells it, not Binance',
      why: 'Binance wants BTC and BTCUSDT: no slash, no dash, upper case, and no futures suffix (:USDT, _PERP). A symbol passed where an asset is expected (or the other way round) fails too.',
      fixes: [
        {
          title: 'Send Binance’s form',
          steps: [
            'Print the exact asset and symbol parameters the client sent.',
            'Use the asset code (BTC) for asset parameters and the pair (BTCUSDT) for symbol parameters.',
          ],
        },
      ],
    },
    {
      id: 'cross-vs-isolated',
      title: 'Cross and isolated mixed up',
      why: 'A pair that exists only as isolated margin is not valid for a cross-margin request, and an isolated request (isIsolated=TRUE) needs a pair on the isolated list.',
      fixes: [
        {
          title: 'Match the request to the mode the pair supports',
          steps: ['Send isIsolated=TRUE with the symbol for isolated pairs; leave it out for cross-margin pairs.'],
        },
      ],
    },
  ],
};

export default knowledge;
