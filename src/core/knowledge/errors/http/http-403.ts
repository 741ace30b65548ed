/** Knowledge of http:403. */
import { snippetSet } from '../../snippet-set';
import { forbiddenBody } from '../../rules/forbidden-body';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:403'],
  meaning: 'Binance’s web application firewall (WAF) blocked the request before it reached the API — usually because of a burst of requests or a pattern it dislikes, sometimes because the CDN blocks your country. Nothing was executed.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 300,
    advice: 'Nothing was executed. Pause all requests from this IP for several minutes, then resume slowly. If the page says access is blocked from your country, waiting will not help: the bot must run from an allowed location.',
  },
  causes: [
    {
      id: 'waf-rate',
      title: 'A burst of requests tripped the firewall',
      why: 'Many requests in a very short time (parallel loops, reconnect storms) can trip the WAF even below the documented weight limits; it usually lifts after a pause of minutes.',
      fixes: [
        {
          title: 'Pause, then smooth the traffic',
          steps: [
            'Stop for 5–10 minutes.',
            'Replace polling with streams and parallel bursts with a queue.',
            'Watch X-MBX-USED-WEIGHT-1M and keep well under the limit.',
          ],
          snippets: snippetSet('snippets/share-budget-split-ips'),
        },
        {
          title: 'Move live data to streams',
          steps: ['Subscribe to market and user data streams instead of polling.'],
          snippets: snippetSet('snippets/move-live-data-websocket', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'cloudfront-geo',
      title: 'The CDN blocks your country',
      why: 'The HTML page says the CloudFront distribution is configured to block access from your country: the block is by location, not by behaviour.',
      fixes: [
        {
          title: 'Run the bot from an allowed location',
          steps: [
            'Check the public IP the bot leaves from and where it is located.',
            'Host the bot in a region Binance serves, within Binance’s terms.',
            'Stop retry loops: this does not clear by waiting.',
          ],
          snippets: snippetSet('snippets/run-bot-allowed-location'),
        },
      ],
    },
    {
      id: 'key-ip-restriction',
      title: 'Not a WAF block: the key or its IP restriction was refused',
      why: 'If the body is JSON with a Binance code such as -2015 (often with "request ip: …") or -1011, the problem is the key’s permissions or IP whitelist.',
      fixes: [
        {
          title: 'Fix the key’s IP whitelist and permissions',
          steps: [
            'Compare the "request ip" in the message with the key’s whitelist and add it.',
            'Enable futures on the key.',
            'Decode the code in the body for the exact cause.',
          ],
          snippets: snippetSet('errors/http/http-403/fix-keys-ip-whitelist'),
        },
      ],
    },
    {
      id: 'sql-keywords',
      title: 'Request text that looks like an attack',
      why: 'The Spot docs warn that SQL keywords in requests can trigger a WAF security block; odd client order ids or free-text fields can do it.',
      fixes: [
        {
          title: 'Keep parameters plain',
          steps: [
            'Use simple client order ids (letters, digits, - and _).',
            'Avoid words like SELECT, UNION, DROP or quotes in any parameter.',
            'Print the raw 403 body to confirm it is the WAF page.',
          ],
          snippets: snippetSet('errors/http/http-403/fix-keys-ip-whitelist'),
        },
      ],
    },
  ],
  tree: {
    start: 'body',
    questions: [
      {
        id: 'body',
        text: 'What does the 403 response body look like?',
        help: 'Print the raw body: an HTML page from CloudFront, or JSON with a Binance code?',
        options: [
          { value: 'country', label: 'HTML saying access is blocked from your country', ranks: ['cloudfront-geo'] },
          { value: 'waf-page', label: 'HTML "The request could not be satisfied" / "Request blocked"', next: 'burst' },
          { value: 'json-key', label: 'JSON with a Binance code such as -2015 or -1011', ranks: ['key-ip-restriction'] },
          { value: 'unknown', label: 'Empty, or I cannot see it', next: 'burst' },
        ],
        auto: forbiddenBody,
      },
      {
        id: 'burst',
        text: 'Just before the block, was the bot sending many requests quickly, or do any parameters contain SQL-like words or quotes?',
        options: [
          { value: 'burst', label: 'Many requests in a short time', ranks: ['waf-rate', 'sql-keywords'] },
          { value: 'keywords', label: 'Unusual words or quotes in parameters', ranks: ['sql-keywords', 'waf-rate'] },
          { value: 'neither', label: 'Neither', ranks: ['waf-rate', 'cloudfront-geo', 'key-ip-restriction'] },
        ],
      },
    ],
  },
};

export default knowledge;
