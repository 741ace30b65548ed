/** Knowledge of -2018 BALANCE_NOT_SUFFICIENT. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2018'],
  meaning: 'Your balance is not enough for this action. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Add or free funds (or lower the amount), then try again.' },
  causes: [
    {
      id: 'balance-low',
      title: 'Not enough balance in this wallet',
      why: 'The wallet this product uses lacks the asset — funds may sit in Spot, Funding or another futures wallet, or be held by open orders.',
      fixes: [
        {
          title: 'Check the balance this product sees',
          steps: ['Read GET /fapi/v3/balance (COIN-M /dapi/v1/balance).', 'Transfer funds to this wallet or lower the amount.'],
          snippets: snippetSet('snippets/transfer-futures-wallet'),
        },
      ],
    },
  ],
};

export default knowledge;
