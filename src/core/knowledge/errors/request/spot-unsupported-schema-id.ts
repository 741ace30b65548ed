/** Knowledge of spot:-1153 UNSUPPORTED_SCHEMA_ID. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1153'],
  meaning: 'The SBE schema id or version you asked for is not supported. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Ask for a supported schema id and version.' },
  causes: [
    {
      id: 'bad-sbe-schema',
      title: 'Unsupported SBE schema or version',
      why: 'The schema is too old, retired or does not exist.',
      fixes: [{ title: 'Update the schema', steps: ['Use the current SBE schema published by Binance and regenerate your decoders.'] }],
    },
  ],
};

export default knowledge;
