/** Knowledge of spot:-1134 BAD_STRATEGY_TYPE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1134'],
  meaning: 'strategyType must be at least 1000000. Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Send a strategyType of 1000000 or more, or leave it out.' },
  causes: [
    {
      id: 'low-strategy-type',
      title: 'strategyType below 1000000',
      why: 'Values under 1000000 are reserved; your own strategy tags must start at 1000000 (FIX: TargetStrategy (847)).',
      fixes: [{ title: 'Use a value ≥ 1000000', steps: ['Pick strategy ids from 1000000 upwards.'] }],
    },
  ],
};

export default knowledge;
