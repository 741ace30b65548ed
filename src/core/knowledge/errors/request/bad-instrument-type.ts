/** Knowledge of -1110 BAD_INSTRUMENT_TYPE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1110'],
  meaning: 'The symbol type (symbolType) sent is not valid for this endpoint. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Send a symbol or symbol type this endpoint supports.' },
  causes: [
    {
      id: 'bad-symbol-type',
      title: 'A symbolType the endpoint does not support',
      why: 'The endpoint only serves some instrument types (e.g. perpetual vs delivery contracts) and the symbol or type you sent is another one.',
      fixes: [
        {
          title: 'Send a supported symbol type',
          steps: [
            'Check the symbol’s contractType in exchangeInfo and the endpoint’s supported types.',
            'Use the endpoint for that product (USD-M /fapi/, COIN-M /dapi/).',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
