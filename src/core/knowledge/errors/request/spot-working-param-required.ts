/** Knowledge of spot:-1224 WORKING_PARAM_REQUIRED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1224'],
  meaning: 'The working order of the order list lacks a parameter it needs; the message names it. Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Add the named parameter to the working order and send again.' },
  causes: [
    {
      id: 'working-param',
      title: 'Working order missing a parameter',
      why: 'The working leg needs the named field (e.g. its price or timeInForce).',
      fixes: [{ title: 'Add the field', steps: ['Add the named working* parameter to the request.'] }],
    },
  ],
};

export default knowledge;
