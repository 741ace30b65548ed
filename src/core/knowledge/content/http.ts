/**
 * Knowledge for HTTP-level responses that carry no (or no useful) Binance code: 4xx, WAF 403, 408,
 * Spot's 409, the 418 ban, 429, the undocumented 451 geo-block, 5xx and the four 503 variants,
 * which are told apart by their message text.
 */
import { cause, fix, fixFirst, lines, never, signed, six, wait } from './build';
import {
  K_1001,
  K_1008,
  SN_BACKOFF,
  SN_BAN_WAIT,
  SN_LIGHT,
  SN_ORDER_PACE,
  SN_RECONCILE,
  SN_STREAM,
  SN_WEIGHT,
  backoffFix,
  ownIdFix,
  reconcileFix,
  unknownAdvice,
  unknownCauses,
  unknownTree,
} from './general';
import { CJS, CPY, FAPI, pbCatching, UJS, umCatching } from './snippets';
import { binanceAnswered } from '../rules/binance-answered';
import { forbiddenBody } from '../rules/forbidden-body';
import { heavyOrPolledCall } from '../rules/heavy-or-polled-call';
import { weightOrOrdersLimit } from '../rules/weight-or-orders-limit';
import { writeOrRead } from '../rules/write-or-read';
import type { Knowledge, Snippet } from '../types';

// ---------------------------------------------------------------------------------------------
// Snippets specific to HTTP-level problems.

/** Stop a bot cleanly on a response that waiting cannot fix (geo-block 451, country-blocked 403). */
const SN_STOP_ON_BLOCK: Snippet[] = six(
  lines(
    'import os',
    'import sys',
    'from binance.client import Client',
    'from binance.exceptions import BinanceAPIException',
    '',
    'client = Client(os.environ["API_KEY"], os.environ["API_SECRET"], ping=False)  # the default start-up ping would already fail',
    'try:',
    '    client.futures_ping()',
    'except BinanceAPIException as e:',
    '    if e.status_code in (403, 451):',
    '        sys.exit(f"Blocked by location ({e.status_code}): move the bot to an allowed region; retrying will not help")',
    '    raise',
  ),
  lines(
    'import sys',
    CPY,
    '',
    'try:',
    '    ex.fetch_time()',
    'except ccxt.ExchangeNotAvailable as e:  # 403/451 arrive as this retryable-looking class',
    '    if "restricted location" in str(e) or "451" in str(e) or "from your country" in str(e):',
    '        sys.exit("Blocked by location: move the bot; do not let a retry loop spin")',
    '    raise',
  ),
  lines(
    CJS,
    'try {',
    '  await ex.fetchTime();',
    '} catch (e) {',
    '  if (e instanceof ccxt.ExchangeNotAvailable && /restricted location|451|from your country/.test(String(e.message))) {',
    "    console.error('Blocked by location: move the bot; retrying will not help');",
    '    process.exit(1);',
    '  }',
    '  throw e;',
    '}',
  ),
  lines(
    'import sys',
    umCatching(
      'try:',
      '    um.ping()',
      'except ClientError as e:',
      '    if e.status_code in (403, 451):',
      '        sys.exit(f"Blocked ({e.status_code}): {e.error_message}")',
      '    raise',
    ),
  ),
  lines(
    UJS,
    'try {',
    '  await client.restAPI.testConnectivity();',
    '} catch (err) {',
    "  console.error('blocked or unreachable:', err.name, err.message); // ForbiddenError = 403",
    '  process.exit(1);',
    '}',
  ),
  lines('# which public IP does the bot leave from, and what does Binance answer it?', 'curl -s https://api.ipify.org; echo', `curl -s -o /dev/null -w '%{http_code}\\n' "${FAPI}/fapi/v1/ping"`),
);

/** Show the raw 403 page, to tell WAF, CloudFront country block and key problems apart. */
const SN_SHOW_403: Snippet[] = six(
  pbCatching(
    'try:',
    '    client.futures_account_balance()',
    'except BinanceAPIException as e:',
    '    print(e.status_code, e.response.text[:400])  # HTML from CloudFront = WAF; JSON with a code = key/IP',
  ),
  lines(CPY, '', 'try:', '    ex.fetch_balance()', 'except ccxt.BaseError as e:', '    print(type(e).__name__, str(e)[:400])'),
  lines(CJS, 'try {', '  await ex.fetchBalance();', '} catch (e) {', '  console.log(e.constructor.name, String(e.message).slice(0, 400));', '}'),
  umCatching('try:', '    um.balance()', 'except ClientError as e:', '    print(e.status_code, e.error_code, str(e.error_message)[:400])'),
  lines(UJS, 'try {', '  await client.restAPI.futuresAccountBalanceV3();', '} catch (err) {', '  console.log(err.name, err.message); // ForbiddenError = 403', '}'),
  lines('# print the status line and the start of the body', `curl -s -i "${FAPI}/fapi/v1/time" | head -20`),
);

/** Spot cancel-replace: read which half succeeded. */
const SN_CANCEL_REPLACE: Snippet[] = six(
  lines(
    'import os',
    'from binance.client import Client',
    '',
    'client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])',
    'print(client.get_open_orders(symbol="BTCUSDT"))  # after a 409: which order is live now',
  ),
  lines('import os', 'import ccxt', '', 'ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})', 'print(ex.fetch_open_orders("BTC/USDT"))  # after a 409: see which order is live now'),
  lines("import ccxt from 'ccxt';", 'const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });', "console.log(await ex.fetchOpenOrders('BTC/USDT')); // after a 409: see which order is live now"),
  lines('import os', 'from binance.spot import Spot', '', 'client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])', 'print(client.get_open_orders(symbol="BTCUSDT"))  # after a 409: which order is live now'),
  lines(
    "import { Spot } from '@binance/connector';",
    'const client = new Spot(process.env.API_KEY, process.env.API_SECRET);',
    "const { data } = await client.openOrders({ symbol: 'BTCUSDT' });",
    'console.log(data); // after a 409: which order is live now',
  ),
  lines('# after a 409, list what is open now', signed('GET', '/api/v3/openOrders', 'symbol=BTCUSDT', 'https://api.binance.com')),
);

// ---------------------------------------------------------------------------------------------
// 4xx.

const K_4XX: Knowledge = {
  keys: ['http:4xx'],
  meaning:
    'Binance refused the request as a problem on the sending side: something in the request, the key or the address is wrong. The body usually carries a Binance code that says exactly what.',
  retry: fixFirst('Nothing was executed. Read the code and message in the response body, fix that, then send once more; the same request will fail the same way.'),
  causes: [
    cause('see-body-code', 'The body names the problem', 'Most 400 and 401 responses carry {"code": …, "msg": …}; the code is the real diagnosis.', [
      fix('Decode the code in the body', ['Print the full response body, not only the status.', 'Paste the {"code":…,"msg":…} part here to get the specific diagnosis.']),
    ]),
    cause('key-rejected', 'HTTP 401: the key, signature or permissions were refused', 'Key problems (-2015, -2014, -1022) come back with 401.', [
      fix('Check key, secret, permissions and IP restriction', ['Make sure the key has futures enabled and the server’s IP is whitelisted if the key is restricted.', 'Check you use live keys on the live host and testnet keys on the testnet.']),
    ]),
    cause('wrong-path', 'HTTP 404/405: wrong host, path or method', 'A Spot path on the futures host (or the reverse), a mistyped path or a GET where a POST is expected.', [
      fix('Use the documented path on the right host', ['fapi.binance.com/fapi/… for USD-M, dapi.binance.com/dapi/… for COIN-M, api.binance.com/api/v3/… for Spot, papi.binance.com/papi/… for Portfolio Margin.', 'Prefer your library’s methods over hand-built URLs.']),
    ]),
  ],
};

// ---------------------------------------------------------------------------------------------
// 403.

const K_403: Knowledge = {
  keys: ['http:403'],
  meaning:
    'Binance’s web application firewall (WAF) blocked the request before it reached the API — usually because of a burst of requests or a pattern it dislikes, sometimes because the CDN blocks your country. Nothing was executed.',
  retry: wait(
    'Nothing was executed. Pause all requests from this IP for several minutes, then resume slowly. If the page says access is blocked from your country, waiting will not help: the bot must run from an allowed location.',
    300,
  ),
  causes: [
    cause('waf-rate', 'A burst of requests tripped the firewall', 'Many requests in a very short time (parallel loops, reconnect storms) can trip the WAF even below the documented weight limits; it usually lifts after a pause of minutes.', [
      fix('Pause, then smooth the traffic', ['Stop for 5–10 minutes.', 'Replace polling with streams and parallel bursts with a queue.', 'Watch X-MBX-USED-WEIGHT-1M and keep well under the limit.'], SN_WEIGHT),
      fix('Move live data to streams', ['Subscribe to market and user data streams instead of polling.'], SN_STREAM),
    ]),
    cause('cloudfront-geo', 'The CDN blocks your country', 'The HTML page says the CloudFront distribution is configured to block access from your country: the block is by location, not by behaviour.', [
      fix('Run the bot from an allowed location', ['Check the public IP the bot leaves from and where it is located.', 'Host the bot in a region Binance serves, within Binance’s terms.', 'Stop retry loops: this does not clear by waiting.'], SN_STOP_ON_BLOCK),
    ]),
    cause('key-ip-restriction', 'Not a WAF block: the key or its IP restriction was refused', 'If the body is JSON with a Binance code such as -2015 (often with "request ip: …") or -1011, the problem is the key’s permissions or IP whitelist.', [
      fix('Fix the key’s IP whitelist and permissions', ['Compare the "request ip" in the message with the key’s whitelist and add it.', 'Enable futures on the key.', 'Decode the code in the body for the exact cause.'], SN_SHOW_403),
    ]),
    cause('sql-keywords', 'Request text that looks like an attack', 'The Spot docs warn that SQL keywords in requests can trigger a WAF security block; odd client order ids or free-text fields can do it.', [
      fix('Keep parameters plain', ['Use simple client order ids (letters, digits, - and _).', 'Avoid words like SELECT, UNION, DROP or quotes in any parameter.', 'Print the raw 403 body to confirm it is the WAF page.'], SN_SHOW_403),
    ]),
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

// ---------------------------------------------------------------------------------------------
// 408, 409.

const K_408: Knowledge = {
  keys: ['http:408'],
  meaning:
    'The gateway timed out waiting for Binance’s backend. Like -1007, that does not mean the request failed: it may have been carried out after the gateway stopped waiting.',
  retry: unknownAdvice('A timeout does not tell you whether the backend acted.'),
  causes: unknownCauses('The backend answered too slowly', 'At busy times the engine queues work; the gateway returns 408 while the request can still be processed.'),
  tree: unknownTree,
};

const K_409: Knowledge = {
  keys: ['http:409'],
  meaning:
    'A Spot cancel-replace only half worked: one of the two steps (cancel the old order, place the new one) succeeded and the other failed. Something did change.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'executed',
    advice:
      'Part of the request was carried out. Before doing anything else, read the response body (cancelResult and newOrderResult) or list your open orders to see which half went through; then cancel or place only what is still missing.',
  },
  causes: [
    cause('half-done', 'One half of POST /api/v3/order/cancelReplace succeeded', 'The cancel can succeed while the new order is rejected (for example by a filter), or — with cancelReplaceMode=ALLOW_FAILURE — the new order is placed while the cancel fails.', [
      fix('Check what is live now and finish the job by hand', ['Read data.cancelResult and data.newOrderResult in the body (and the error inside the failed half).', 'List open orders on the symbol (GET /api/v3/openOrders).', 'Fix the failed half’s reason, then place or cancel only that part.'], SN_CANCEL_REPLACE),
    ]),
  ],
};

// ---------------------------------------------------------------------------------------------
// 418, 429.

const K_418: Knowledge = {
  keys: ['http:418'],
  meaning:
    'Your IP has been automatically banned for continuing to send requests after 429 warnings. Everything from this IP is refused until the ban ends; bans grow from 2 minutes up to 3 days for repeat offenders.',
  retry: wait(
    'Nothing was executed. Send nothing from this IP until the ban ends: use the time after "banned until" in the message (epoch milliseconds) or the Retry-After header. Requests during the ban can extend it. Fix the request rate before restarting.',
    120,
  ),
  causes: [
    cause('ignored-429s', 'The bot kept sending after 429 responses', 'A 418 only follows 429s that were not respected: an error handler that retries immediately, or many threads that each keep going.', [
      fix('Stop on the first 429 and wait out the ban', ['Stop every process on this IP until the ban time.', 'Make your code pause on 429 (Retry-After or the next minute) instead of retrying.', 'Restart slowly and watch the used-weight header.'], SN_BAN_WAIT),
    ]),
    cause('polling', 'Polling REST for live data', 'Prices, positions and order status polled every second exhaust the weight budget; streams carry them at no cost.', [
      fix('Move live data to streams', ['Use market streams and the user data stream; keep REST for actions.'], SN_STREAM),
    ]),
    cause('shared-ip', 'Several bots share one IP', 'The limit and the ban apply to the IP: one noisy process gets every bot on the machine banned.', [
      fix('Share a limiter or split IPs', ['Find every process using this IP.', 'Coordinate them through one limiter, or give them separate IPs.'], SN_WEIGHT),
    ]),
  ],
  tree: {
    start: 'sharing',
    questions: [
      {
        id: 'sharing',
        text: 'How many bots or scripts send requests from this IP?',
        options: [
          { value: 'one', label: 'Just this one', next: 'handler' },
          { value: 'several', label: 'Several', ranks: ['shared-ip', 'ignored-429s', 'polling'] },
        ],
      },
      {
        id: 'handler',
        text: 'When your bot gets an error, does it wait, or send again right away?',
        options: [
          { value: 'immediately', label: 'It retries right away (or I am not sure)', ranks: ['ignored-429s', 'polling'] },
          { value: 'waits', label: 'It waits before retrying', ranks: ['polling', 'ignored-429s', 'shared-ip'] },
        ],
      },
    ],
  },
};

const K_429: Knowledge = {
  keys: ['http:429'],
  meaning:
    'You broke a rate limit: either the request weight of your IP or the order count of your account in the current window. The request was refused; if you keep sending, the IP gets banned (HTTP 418).',
  retry: wait(
    'Nothing was executed. Back off now: wait the number of seconds in the Retry-After header if there is one, otherwise until the next minute starts, then send at a lower rate. Do not retry in a loop — that is what turns a 429 into a ban.',
    60,
  ),
  causes: [
    cause('polling', 'Polling REST for data a stream provides', 'Loops that fetch prices, klines, depth, positions or order status burn request weight quickly.', [
      fix('Use streams for live data', ['Subscribe to market streams and the user data stream.', 'Keep REST for placing orders and occasional checks.'], SN_STREAM),
    ]),
    cause('heavy-calls', 'Heavy calls, or calls without a symbol', 'Some endpoints cost far more weight than others, especially without symbol.', [
      fix('Make calls lighter', ['Pass symbol where allowed; cache exchangeInfo.', 'Check X-MBX-USED-WEIGHT-1M to find what costs most.'], SN_LIGHT),
    ]),
    cause('shared-ip', 'Several processes share the IP’s budget', 'Request weight is counted per IP, across every key and bot on it.', [
      fix('Coordinate or split', ['Run one shared limiter, or separate IPs.'], SN_WEIGHT),
    ]),
    cause('order-burst', 'Too many new orders for the account', 'The order-count limits (per 10 seconds and per minute) belong to the account; grids and re-quoting loops hit them.', [
      fix('Pace orders', ['Read ORDERS limits from exchangeInfo and the X-MBX-ORDER-COUNT-* headers.', 'Stop resubmitting orders that were rejected.'], SN_ORDER_PACE),
    ]),
    cause('no-backoff', 'The code does not back off on 429', 'Retrying at once after a 429 keeps the counter high and leads to a 418 ban.', [
      fix('Honour Retry-After', ['On 429, wait for Retry-After (or the next minute) before any new request.'], SN_BAN_WAIT),
    ]),
  ],
  tree: {
    start: 'limit',
    questions: [
      {
        id: 'limit',
        text: 'Which limit was hit: request weight of the IP, or new orders of the account?',
        help: 'Weight: "Too many requests … request weight …" (-1003). Orders: "Too many new orders …" (-1015).',
        options: [
          { value: 'weight', label: 'Request weight (-1003)', next: 'calls' },
          { value: 'orders', label: 'New orders (-1015)', ranks: ['order-burst', 'no-backoff'] },
        ],
        auto: weightOrOrdersLimit,
      },
      {
        id: 'calls',
        text: 'What does your bot call most often?',
        options: [
          { value: 'polling', label: 'Prices, candles, order book, positions or balances, in a loop', ranks: ['polling', 'heavy-calls', 'shared-ip'] },
          { value: 'heavy', label: 'exchangeInfo, all tickers, or open orders without a symbol', ranks: ['heavy-calls', 'polling'] },
          { value: 'retries', label: 'The same request again after errors', ranks: ['no-backoff', 'polling'] },
          { value: 'several-bots', label: 'Little — but several bots share this IP', ranks: ['shared-ip', 'polling'] },
        ],
        auto: heavyOrPolledCall,
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// 451.

const K_451: Knowledge = {
  keys: ['http:451'],
  meaning:
    'Binance refuses service to the location your request comes from ("Service unavailable from a restricted location"). It is decided by the IP address the request leaves from, not by your code. This status is not on Binance’s official pages but is widely reported.',
  retry: never('Do not retry: nothing will change until the bot runs from an allowed location. Make sure retry loops stop (ccxt reports this as ExchangeNotAvailable, which generic retry code treats as temporary).'),
  causes: [
    cause('cloud-region', 'The server or cloud region is in a restricted jurisdiction', 'Most reports come from bots hosted in US cloud regions or hosted notebooks and CI runners, whose IPs are in restricted locations.', [
      fix('Host the bot in an allowed region', ['Check where the bot’s public IP is located.', 'Move the deployment to a region Binance serves (and that your own residence and Binance’s terms allow).', 'Stop retry loops on this error.'], SN_STOP_ON_BLOCK),
    ]),
    cause('user-location', 'You are in a restricted location', 'If the bot runs at home and you are in a restricted country, the block is about eligibility, not the server.', [
      fix('Check eligibility', ['Read the eligibility section of Binance’s terms for your country.', 'Use the Binance entity that serves your country, if there is one.', 'Contact customer service if you think the block is wrong.'], SN_STOP_ON_BLOCK),
    ]),
    cause('vpn-or-proxy', 'A VPN, proxy or tunnel exits in a restricted location', 'Traffic leaving through a VPN or proxy node in a restricted country is blocked even if you are elsewhere.', [
      fix('Check the exit IP', ['Find the public IP the bot leaves from.', 'Switch off or reconfigure the VPN/proxy for Binance traffic, within Binance’s terms.'], SN_STOP_ON_BLOCK),
    ]),
  ],
  tree: {
    start: 'where',
    questions: [
      {
        id: 'where',
        text: 'Where does the bot run?',
        options: [
          { value: 'cloud', label: 'On a cloud server, VPS, notebook or CI runner', ranks: ['cloud-region', 'vpn-or-proxy'] },
          { value: 'home', label: 'On my own computer', next: 'vpn' },
        ],
      },
      {
        id: 'vpn',
        text: 'Does its traffic go through a VPN, proxy or tunnel?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['vpn-or-proxy', 'user-location'] },
          { value: 'no', label: 'No', ranks: ['user-location', 'vpn-or-proxy'] },
        ],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// 5xx and the 503 variants.

const K_5XX: Knowledge = {
  keys: ['http:5xx'],
  meaning:
    'Something failed on Binance’s side (or in a gateway between you and Binance). The status alone does not say whether your request was carried out; the Spot docs say outright that the outcome is unknown.',
  retry: unknownAdvice('A 5xx error does not tell you whether the action was applied.'),
  causes: [
    cause('write-outcome-unknown', 'An order or change may have gone through anyway', 'Server errors can happen after the engine already acted; a retry may duplicate it.', [reconcileFix, ownIdFix]),
    cause('binance-side-fault', 'A fault or overload inside Binance', 'Incidents and peak load produce 500/502/503/504 for many users at once; reads can be retried with backoff.', [backoffFix]),
    cause('body-hidden', 'Your library hid which 503 it was', 'Binance defines four 503 messages with different meanings, but some clients (for example the official JS connector) drop the body and only say "Server error: 503".', [
      fix('Log the raw response body', ['Turn on debug logging of HTTP bodies, or catch the error and print the raw response.', 'Then decide: "Unknown error…" means check first; "Service Unavailable." and "Internal error…" mean it failed; "Request throttled…" means back off.'], SN_RECONCILE),
    ]),
  ],
  tree: {
    start: 'kind',
    questions: [
      {
        id: 'kind',
        text: 'Was the failing request a write (new order, cancel, modify, setting change) or a read?',
        options: [
          { value: 'write', label: 'A write', ranks: ['write-outcome-unknown', 'body-hidden', 'binance-side-fault'] },
          { value: 'read', label: 'A read (GET)', ranks: ['binance-side-fault', 'body-hidden'] },
        ],
        auto: writeOrRead,
      },
    ],
  },
};

const K_503_UNKNOWN: Knowledge = {
  keys: ['http:503:unknown-error'],
  meaning:
    'Binance received your request but did not get an answer from its backend in time ("Unknown error, please check your request or try again later."). The docs say plainly: do not treat this as a failure — it may have succeeded.',
  retry: unknownAdvice('This message means the request arrived but the answer did not come back in time; it may well have been executed. It may or may not count against your rate limits.'),
  causes: unknownCauses('Sent, but the backend did not reply in time', 'The request reached Binance and was handed to the backend, which did not answer before the gateway’s timeout — typical during peaks.'),
  tree: unknownTree,
};

const K_503_UNAVAILABLE: Knowledge = {
  keys: ['http:503:service-unavailable'],
  meaning:
    'The service is temporarily unavailable and your request was not processed ("Service Unavailable."). This is a definite failure, and it does not count against your rate limits.',
  retry: wait(
    'The request failed and nothing was executed. Retry with exponential backoff — for example after 200 ms, 400 ms and 800 ms — for at most 3–5 attempts; if it persists, pause and check Binance’s announcements.',
    1,
  ),
  causes: [
    cause('momentary-outage', 'A short unavailability on Binance’s side', 'Individual service nodes drop out briefly; a retry a moment later usually succeeds.', [backoffFix]),
    cause('maintenance-window', 'Maintenance or a longer incident', 'During maintenance the service stays unavailable for minutes or longer.', [
      fix('Pause the bot until the service is back', ['Check Binance’s API announcements and status.', 'Stop opening new positions while it lasts; keep protective orders in place.', 'Resume when GET /fapi/v1/time answers again.'], SN_BACKOFF),
    ]),
    cause('own-proxy', 'A proxy or load balancer in your path answered, not Binance', '"Service Unavailable" is also the default text of many proxies; if your traffic goes through one, it may be the proxy that is down.', [
      fix('Check the path to Binance', ['Send a plain request to GET /fapi/v1/time from the same machine without the proxy.', 'Look at the response headers: Binance responses carry x-mbx-used-weight headers.', 'Fix or bypass the proxy.'], SN_WEIGHT),
    ]),
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

const K_503_INTERNAL: Knowledge = {
  keys: ['http:503:internal-error'],
  meaning:
    'Binance could not process the request because of an internal error ("Internal error; unable to process your request. Please try again."). The docs treat it as a failure that you can send again.',
  retry: {
    verdict: 'safe-to-retry',
    outcome: 'rejected',
    advice: 'The request failed and nothing was executed; you can send it again after a short pause. If it repeats, back off with growing pauses.',
  },
  causes: K_1001.causes,
  ...(K_1001.tree !== undefined ? { tree: K_1001.tree } : {}),
};

const K_503_THROTTLED: Knowledge = {
  keys: ['http:503:throttled'],
  meaning:
    'Binance’s system-level protection throttled your order ("Request throttled by system-level protection…"): the node hit its concurrency ceiling. The order was not placed; orders that reduce or close a position, and cancels, are exempt.',
  retry: K_1008.retry,
  causes: K_1008.causes,
  ...(K_1008.tree !== undefined ? { tree: K_1008.tree } : {}),
};

const knowledge: Knowledge[] = [K_4XX, K_403, K_408, K_409, K_418, K_429, K_451, K_5XX, K_503_UNKNOWN, K_503_UNAVAILABLE, K_503_INTERNAL, K_503_THROTTLED];

export default knowledge;
