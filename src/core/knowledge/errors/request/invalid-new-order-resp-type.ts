/** Knowledge of -1136 INVALID_NEW_ORDER_RESP_TYPE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1136'],
  meaning: 'newOrderRespType has a value this endpoint does not accept. Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Use ACK or RESULT (Spot also FULL), or leave it out.' },
  causes: [
    {
      id: 'bad-resp-type',
      title: 'Unsupported response type',
      why: 'Futures accept ACK and RESULT; FULL exists only on Spot. Lower-case values also fail.',
      fixes: [{ title: 'Use a supported response type', steps: ['Futures: ACK or RESULT. Spot: ACK, RESULT or FULL.'] }],
    },
  ],
};

export default knowledge;
