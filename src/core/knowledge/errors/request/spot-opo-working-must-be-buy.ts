/** Knowledge of spot:-1222 OPO_WORKING_MUST_BE_BUY. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1222'],
  meaning: 'In an OPO order list the working order must be a BUY (bid). Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Make the working order a BUY and send again.' },
  causes: [
    {
      id: 'opo-working-buy',
      title: 'OPO working order not a buy',
      why: 'OPO lists place a working bid first and pending asks after it fills.',
      fixes: [{ title: 'Make the working leg a BUY', steps: ['Set workingSide=BUY for OPO lists.'] }],
    },
  ],
};

export default knowledge;
