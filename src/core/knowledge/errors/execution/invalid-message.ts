/** Knowledge of -1013 INVALID_MESSAGE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1013'],
  meaning: 'The futures API refused the request as an invalid message before processing it. On the futures products filter problems have their own codes, so this one points at the request itself.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was processed. Check how the request is built (parameters, encoding, values) before sending it again.',
  },
  causes: [
    {
      id: 'malformed-request',
      title: 'The request could not be read as a valid message',
      why: 'Unexpected parameter formats, a JSON body where a form-encoded one is expected, or values the endpoint cannot parse.',
      fixes: [
        {
          title: 'Rebuild the request',
          steps: [
            'Send parameters as a query string or application/x-www-form-urlencoded body.',
            'Compare each parameter with the endpoint documentation.',
            'Try the same call with the official connector to see whether your own HTTP code is at fault.',
          ],
        },
      ],
    },
    {
      id: 'spot-handling-on-futures',
      title: 'Code written for Spot’s “Filter failure” messages',
      why: 'On Spot -1013 carries filter failures; on futures those arrive as -4014, -4023, -4164 and friends. Handlers that expect Spot messages misreport futures errors.',
      fixes: [
        {
          title: 'Handle the futures codes',
          steps: ['Map -4014 (tick), -4023 (step), -4004/-4005 (quantity range), -4164 (notional), -4016/-4024 (price band) separately.'],
        },
      ],
    },
  ],
};

export default knowledge;
