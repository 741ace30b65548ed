/** Knowledge of spot:-1008 SERVER_BUSY. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1008'],
  meaning: 'The Spot trading servers are overloaded and refused your request without processing it. It clears when the load drops.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 60,
    advice: 'The request was not processed. Wait (the message suggests a few minutes), then retry with growing pauses and fewer requests in parallel.',
  },
  causes: [
    {
      id: 'spot-overload',
      title: 'Spot servers are overloaded',
      why: 'At busy times the Spot API sheds requests with this error; it is not about your account.',
      fixes: [
        {
          title: 'Back off and retry later',
          steps: [
            'Pause new requests for a minute or two.',
            'Retry with growing pauses, at most a few times.',
            'Keep order placement sequential until it clears.',
          ],
          snippets: snippetSet('snippets/retry-reads-exponential-backoff'),
        },
      ],
    },
    {
      id: 'spot-burst',
      title: 'Your bot sends many requests at once',
      why: 'A parallel burst is the first thing to be refused when the servers are busy.',
      fixes: [
        {
          title: 'Send requests one after another',
          steps: ['Queue requests instead of firing them in parallel.', 'Use streams for market data so fewer REST calls compete.'],
          snippets: snippetSet('snippets/back-off-send-fewer', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
