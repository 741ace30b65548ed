/**
 * Knowledge of the margin refusals tied to one asset or pair, whoever asks: sapi:-3009 / -3017 (asset not accepted
 * into margin), sapi:-3012 ASSET_ADMIN_BAN_BORROW and sapi:-3021 PAIR_ADMIN_BAN_TRADE.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3009', 'sapi:-3012', 'sapi:-3017', 'sapi:-3021'],
  meaning:
    'Binance does not allow this with this asset or pair on margin right now — for every user, not just you: the asset cannot be moved into the margin account as collateral (-3009, -3017), cannot be borrowed (-3012), or the pair cannot be traded on margin (-3021). Nothing was moved, borrowed or placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice:
      'Nothing happened, and resending will not help until Binance lifts the restriction. Check the asset’s and pair’s margin status, then use another asset or pair, or trade it on Spot.',
  },
  causes: [
    {
      id: 'margin-delisting',
      title: 'The asset or pair is being removed from margin',
      why: 'Before a margin delisting Binance switches things off step by step — first new loans and collateral transfers in, then trading on the pair — days ahead of the date it announces.',
      fixes: [
        {
          title: 'Check the delist schedule',
          steps: [
            'Look the asset or pair up in GET /sapi/v1/margin/delist-schedule, and read delistTime in GET /sapi/v1/margin/allAssets or GET /sapi/v1/margin/allPairs.',
            'Repay loans in it and move the position to another asset or to Spot before the date.',
          ],
        },
      ],
    },
    {
      id: 'asset-restricted-now',
      title: 'A temporary restriction on the asset',
      why: 'Binance caps how much of an asset may serve as collateral and stops lending or long positions in some assets when risk or liquidity is poor. Those lists change without notice and can be lifted later.',
      fixes: [
        {
          title: 'Read the current restrictions',
          steps: [
            'Check GET /sapi/v1/margin/restricted-asset (maxCollateralExceededAsset: no more of it as collateral; openLongRestrictedAsset: no new long positions).',
            'Read isBorrowable and isMortgageable for the asset in GET /sapi/v1/margin/allAssets.',
            'Use another collateral or borrow another asset until the restriction is gone.',
          ],
        },
      ],
    },
    {
      id: 'not-offered-in-this-mode',
      title: 'Not offered in this margin mode (cross vs isolated)',
      why: 'Cross margin and isolated margin have separate lists of assets and pairs. A pair that exists as isolated may not exist in cross (or the reverse), and some pairs allow only buying or only selling on margin.',
      fixes: [
        {
          title: 'Use a mode that offers it',
          steps: [
            'Check the pair in GET /sapi/v1/margin/allPairs (cross) and GET /sapi/v1/margin/isolated/allPairs (isolated): isMarginTrade, isBuyAllowed, isSellAllowed.',
            'For isolated margin, send isIsolated=TRUE and the pair’s symbol on the order, borrow or transfer.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'listed',
    questions: [
      {
        id: 'listed',
        text: 'Is the asset or pair on the margin delist schedule (GET /sapi/v1/margin/delist-schedule) or in the restricted list (GET /sapi/v1/margin/restricted-asset)?',
        options: [
          { value: 'delist', label: 'It is on the delist schedule', ranks: ['margin-delisting'] },
          { value: 'restricted', label: 'It is in the restricted list', ranks: ['asset-restricted-now', 'margin-delisting'] },
          { value: 'neither', label: 'Neither', ranks: ['not-offered-in-this-mode', 'asset-restricted-now'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['margin-delisting', 'asset-restricted-now', 'not-offered-in-this-mode'] },
        ],
      },
    ],
  },
};

export default knowledge;
