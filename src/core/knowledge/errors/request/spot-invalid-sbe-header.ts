/** Knowledge of spot:-1152 INVALID_SBE_HEADER. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1152'],
  meaning: 'The X-MBX-SBE header (or the SBE message header) is malformed. It must look like <SCHEMA_ID>:<VERSION>. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Send a correct X-MBX-SBE header, or drop it to get JSON.' },
  causes: [
    {
      id: 'bad-sbe-header',
      title: 'Malformed SBE header',
      why: 'The header value is not schema id and version separated by a colon, or an SBE request frame is broken.',
      fixes: [
        {
          title: 'Fix the header',
          steps: ['Send X-MBX-SBE: <schema id>:<version> for a schema Binance supports, with Accept: application/sbe.'],
        },
      ],
    },
  ],
};

export default knowledge;
