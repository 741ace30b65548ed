/** Knowledge of http:503:service-unavailable. */
import { snippetSet } from '../../snippet-set';
import { retryReadsExponentialBackoffReconcileFix } from '../../fixes/retry-reads-exponential-backoff-reconcile';
import { binanceAnswered } from '../../rules/binance-answered';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:503:service-unavailable'],
  meaning: 'The service is temporarily unavailable and your request was not processed ("Service Unavailable."). This is a definite failure, and it does not count against your rate limits.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 1,
    advice: 'The request failed and nothing was executed. Retry with exponential backoff — for example after 200 ms, 400 ms and 800 ms — for at most 3–5 attempts; if it persists, pause and check Binance’s announcements.',
  },
  causes: [
    {
      id: 'momentary-outage',
      title: 'A short unavailability on Binance’s side',
      why: 'Individual service nodes drop out briefly; a retry a moment later usually succeeds.',
      fixes: [retryReadsExponentialBackoffReconcileFix],
    },
    {
      id: 'maintenance-window',
      title: 'Maintenance or a longer incident',
      why: 'During maintenance the service stays unavailable for minutes or longer.',
      fixes: [
        {
          title: 'Pause the bot until the service is back',
          steps: [
            'Check Binance’s API announcements and status.',
            'Stop opening new positions while it lasts; keep protective orders in place.',
            'Resume when GET /fapi/v1/time answers again.',
          ],
          snippets: snippetSet('snippets/retry-reads-exponential-backoff'),
        },
      ],
    },
    {
      id: 'own-proxy',
      title: 'A proxy or load balancer in your path answered, not Binance',
      why: '"Service Unavailable" is also the default text of many proxies; if your traffic goes through one, it may be the proxy that is down.',
      fixes: [
        {
          title: 'Check the path to Binance',
          steps: [
            'Send a plain request to GET /fapi/v1/time from the same machine without the proxy.',
            'Look at the response headers: Binance responses carry x-mbx-used-weight headers.',
            'Fix or bypass the proxy.',
          ],
          snippets: snippetSet('snippets/share-budget-split-ips'),
        },
      ],
    },
  ],
  tree: {
    start: 'duration',
    questions: [
      {
        id: 'duration',
        text: 'How long has it been failing?',
        options: [
          { value: 'seconds', label: 'A few seconds, then it worked', ranks: ['momentary-outage', 'own-proxy'] },
          { value: 'minutes', label: 'Minutes or longer', next: 'proxy' },
        ],
      },
      {
        id: 'proxy',
        text: 'Does your traffic go through a proxy, VPN or load balancer of your own?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['own-proxy', 'maintenance-window'] },
          { value: 'no', label: 'No', ranks: ['maintenance-window', 'momentary-outage'] },
        ],
        auto: binanceAnswered,
      },
    ],
  },
};

export default knowledge;
