/** Knowledge of -4104 INVALID_CONTRACT_TYPE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4104'],
  meaning: 'The contract type you sent is not valid for this request.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Send a valid contractType and request again.' },
  causes: [
    {
      id: 'bad-contract-type',
      title: 'Invalid contractType',
      why: 'Valid values are the documented ones such as PERPETUAL, CURRENT_QUARTER and NEXT_QUARTER. Lowercase or Spot-style values fail.',
      fixes: [
        {
          title: 'Use a documented contract type',
          steps: ['Check contractType values in GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo).', 'Use upper case.'],
        },
      ],
    },
  ],
};

export default knowledge;
