/** Knowledge of usdm:-1126 ASSET_NOT_SUPPORTED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['usdm:-1126'],
  meaning: 'The asset is not supported for this action on USD-M futures (for example as collateral in Multi-Assets mode). Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Use an asset that USD-M supports for this action.' },
  causes: [
    {
      id: 'asset-not-supported',
      title: 'Asset not supported here',
      why: 'Only some assets can be used as margin or in asset-related endpoints; others are refused.',
      fixes: [
        {
          title: 'Check supported assets',
          steps: ['GET /fapi/v1/assetIndex lists assets usable in Multi-Assets mode.', 'Transfer or convert to a supported asset first.'],
        },
      ],
    },
  ],
};

export default knowledge;
