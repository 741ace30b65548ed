/** Knowledge of sapi:-12014 TOO MANY REQUESTS (Liquid Swap, /sapi/v1/bswap/…). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-12014'],
  meaning:
    'A Liquid Swap (bswap) request came too soon after the previous one: the service takes at most one request every 2 seconds per account (seen live as 3 seconds). Nothing was swapped and no liquidity was added or removed.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 3,
    advice: 'Nothing was done. Wait at least 3 seconds before the next Liquid Swap request and space them out; note that Binance has retired the Liquid Swap API.',
  },
  causes: [
    {
      id: 'bswap-back-to-back',
      title: 'Requests to the swap endpoints follow each other within 2–3 seconds',
      why: 'Requesting a quote and then swapping, or adding liquidity to several pools in a loop, sends two requests within the window. The limit counts per account, so parallel calls collide too.',
      fixes: [
        {
          title: 'Space the calls',
          steps: [
            'Wait at least 3 seconds between any two calls to /sapi/v1/bswap/… (quote, swap, liquidityAdd, liquidityRemove).',
            'Queue them in one process instead of firing them in parallel.',
          ],
        },
      ],
    },
    {
      id: 'bswap-retired',
      title: 'The Liquid Swap API is retired',
      why: 'Binance deprecated the Liquid Swap endpoints (/sapi/v1/bswap/…), and the official connectors removed them in early 2024. Code still using them should move to another product rather than tune its timing.',
      fixes: [
        {
          title: 'Swap through Convert instead',
          steps: [
            'Get a quote with POST /sapi/v1/convert/getQuote and accept it with POST /sapi/v1/convert/acceptQuote; check the result with GET /sapi/v1/convert/orderStatus.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
