/** Knowledge of spot:-1223 OPO_PENDING_MUST_BE_SELL. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1223'],
  meaning: 'In an OPO order list the pending orders must be SELLs (asks). Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Make the pending orders SELLs and send again.' },
  causes: [
    {
      id: 'opo-pending-sell',
      title: 'OPO pending order not a sell',
      why: 'The pending legs of an OPO list must be asks.',
      fixes: [{ title: 'Make pending legs SELL', steps: ['Set the pending side to SELL.'] }],
    },
  ],
};

export default knowledge;
