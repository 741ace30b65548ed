/** Knowledge of http:4xx. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:4xx'],
  meaning: 'Binance refused the request as a problem on the sending side: something in the request, the key or the address is wrong. The body usually carries a Binance code that says exactly what.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was executed. Read the code and message in the response body, fix that, then send once more; the same request will fail the same way.',
  },
  causes: [
    {
      id: 'see-body-code',
      title: 'The body names the problem',
      why: 'Most 400 and 401 responses carry {"code": …, "msg": …}; the code is the real diagnosis.',
      fixes: [
        {
          title: 'Decode the code in the body',
          steps: ['Print the full response body, not only the status.', 'Paste the {"code":…,"msg":…} part here to get the specific diagnosis.'],
        },
      ],
    },
    {
      id: 'key-rejected',
      title: 'HTTP 401: the key, signature or permissions were refused',
      why: 'Key problems (-2015, -2014, -1022) come back with 401.',
      fixes: [
        {
          title: 'Check key, secret, permissions and IP restriction',
          steps: [
            'Make sure the key has futures enabled and the server’s IP is whitelisted if the key is restricted.',
            'Check you use live keys on the live host and testnet keys on the testnet.',
          ],
        },
      ],
    },
    {
      id: 'wrong-path',
      title: 'HTTP 404/405: wrong host, path or method',
      why: 'A Spot path on the futures host (or the reverse), a mistyped path or a GET where a POST is expected.',
      fixes: [
        {
          title: 'Use the documented path on the right host',
          steps: [
            'fapi.binance.com/fapi/… for USD-M, dapi.binance.com/dapi/… for COIN-M, api.binance.com/api/v3/… for Spot, papi.binance.com/papi/… for Portfolio Margin.',
            'Prefer your library’s methods over hand-built URLs.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
