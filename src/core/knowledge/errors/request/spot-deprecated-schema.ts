/** Knowledge of spot:-1161 DEPRECATED_SCHEMA. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1161'],
  meaning: 'The response cannot be encoded in the SBE schema you asked for; a newer schema is required. Nothing was returned.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Upgrade to the schema version the message names or a newer one.' },
  causes: [
    {
      id: 'old-sbe-schema',
      title: 'Deprecated SBE schema',
      why: 'Your schema version is too old for this response.',
      fixes: [{ title: 'Upgrade the schema', steps: ['Switch to the newer schema and regenerate decoders.'] }],
    },
  ],
};

export default knowledge;
