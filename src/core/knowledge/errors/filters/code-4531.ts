/** Knowledge of usdm:-4531. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['usdm:-4531'],
  meaning: 'Changing the position mode on USD-M also changes it on COIN-M, and COIN-M has open positions or orders, so the change was refused.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Close COIN-M positions and cancel COIN-M orders, then change the mode again.',
  },
  causes: [
    {
      id: 'cm-blocks-sync',
      title: 'Open COIN-M positions or orders',
      why: 'During the COIN-M migration Binance syncs the COIN-M position mode with USD-M; anything open on COIN-M blocks that sync.',
      fixes: [
        {
          title: 'Clear COIN-M first',
          steps: [
            'List COIN-M open orders (GET /dapi/v1/openOrders) and positions (GET /dapi/v1/positionRisk).',
            'Cancel/close them, then POST /fapi/v1/positionSide/dual again.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
