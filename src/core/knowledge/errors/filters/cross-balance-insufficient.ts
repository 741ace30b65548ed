/** Knowledge of -4050 CROSS_BALANCE_INSUFFICIENT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4050'],
  meaning: 'There is not enough available balance in the cross wallet for this operation (for example moving margin into an isolated position).',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Free or add balance, or use a smaller amount.' },
  causes: [
    {
      id: 'cross-balance-low',
      title: 'Cross wallet available balance too small',
      why: 'Open positions and orders already use most of the wallet, or the funds sit in the Spot wallet.',
      fixes: [
        {
          title: 'Free or add balance',
          steps: [
            'Check availableBalance (GET /fapi/v3/account or /fapi/v2/account).',
            'Transfer funds from Spot (POST /sapi/v1/asset/transfer with type MAIN_UMFUTURE) or reduce the amount.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
