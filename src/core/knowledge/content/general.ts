/**
 * Knowledge for the general and server codes (-1000 … -1099) of USD-M, COIN-M, Spot and Portfolio Margin:
 * unknown and timed-out requests, rate limits, clock and signature problems, and the FIX-only Spot codes.
 * -1013 lives with the Spot filter failures; -2014/-2015 live with the key codes.
 */
import { cause, fix, fixFirst, hmacSig, lines, never, noop, signed, simple, six, wait } from './build';
import { CJS, CPY, FAPI, PB, pbCatching, UJS, umCatching, UPY } from './snippets';
import { bannedOrLimited } from '../rules/banned-or-limited';
import { batchOrSingle } from '../rules/batch-or-single';
import { clockSkew } from '../rules/clock-skew';
import { heavyOrPolledCall } from '../rules/heavy-or-polled-call';
import { librarySigns } from '../rules/library-signs';
import { orderLimitWindow } from '../rules/order-limit-window';
import { recvWindowSize } from '../rules/recv-window-size';
import { reducesExposure } from '../rules/reduces-exposure';
import { timestampMessage } from '../rules/timestamp-message';
import { unusualCharacters } from '../rules/unusual-characters';
import { writeOrGet } from '../rules/write-or-get';
import { writeOrRead } from '../rules/write-or-read';
import type { Knowledge, RetryAdvice, Snippet } from '../types';

// ---------------------------------------------------------------------------------------------
// Snippet sets (USD-M; the steps name the /dapi/, /api/v3/ and /papi/ equivalents; heads in ./snippets).

/** Look the order up by the client order id you sent: the first thing to do after an unknown outcome. */
export const SN_RECONCILE: Snippet[] = six(
  pbCatching(
    'try:',
    '    order = client.futures_get_order(symbol="BTCUSDT", origClientOrderId="bot-0001")',
    '    print("exists:", order["status"], order["executedQty"])',
    'except BinanceAPIException as e:',
    '    if e.code == -2013:',
    '        print("not found yet: check again in a few seconds before resending")',
    '    else:',
    '        raise',
  ),
  lines(
    CPY,
    '',
    'try:',
    '    order = ex.fetch_order(None, "BTC/USDT:USDT", params={"origClientOrderId": "bot-0001"})',
    '    print("exists:", order["status"], order["filled"])',
    'except ccxt.OrderNotFound:',
    '    print("not found yet: check again in a few seconds before resending")',
  ),
  lines(
    CJS,
    'try {',
    "  const order = await ex.fetchOrder(undefined, 'BTC/USDT:USDT', { origClientOrderId: 'bot-0001' });",
    "  console.log('exists:', order.status, order.filled);",
    '} catch (e) {',
    "  if (e instanceof ccxt.OrderNotFound) console.log('not found yet: check again before resending');",
    '  else throw e;',
    '}',
  ),
  umCatching(
    'try:',
    '    order = um.query_order(symbol="BTCUSDT", origClientOrderId="bot-0001")',
    '    print("exists:", order["status"], order["executedQty"])',
    'except ClientError as e:',
    '    if e.error_code != -2013:',
    '        raise',
    '    print("not found yet: check again in a few seconds before resending")',
  ),
  lines(
    UJS,
    'try {',
    "  const order = await (await client.restAPI.queryOrder({ symbol: 'BTCUSDT', origClientOrderId: 'bot-0001' })).data();",
    "  console.log('exists:', order.status, order.executedQty);",
    '} catch (err) {',
    "  console.log('lookup failed (-2013 means not found yet):', err.message);",
    '}',
  ),
  lines('# -2013 "Order does not exist." means not found (yet); ask again a few seconds later', signed('GET', '/fapi/v1/order', 'symbol=BTCUSDT&origClientOrderId=bot-0001')),
);

/** Place an order under your own client id, and on an unknown outcome look it up instead of resending. */
export const SN_OWN_ID: Snippet[] = six(
  lines(
    'import uuid',
    pbCatching(
      'cid = "bot-" + uuid.uuid4().hex[:20]  # keep this id for the lookup',
      'try:',
      '    client.futures_create_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.002", newClientOrderId=cid)',
      'except BinanceAPIException as e:',
      '    if e.code in (-1000, -1006, -1007) or e.status_code >= 500:',
      '        print(client.futures_get_order(symbol="BTCUSDT", origClientOrderId=cid))  # look, do not resend',
      '    else:',
      '        raise',
    ),
  ),
  lines(
    'import uuid',
    CPY,
    '',
    'cid = "bot-" + uuid.uuid4().hex[:20]',
    'try:',
    '    ex.create_order("BTC/USDT:USDT", "market", "buy", 0.002, params={"clientOrderId": cid})',
    'except (ccxt.RequestTimeout, ccxt.ExchangeNotAvailable, ccxt.OperationFailed):',
    '    print(ex.fetch_order(None, "BTC/USDT:USDT", params={"origClientOrderId": cid}))  # look first',
  ),
  lines(
    CJS,
    "const cid = 'bot-' + Date.now().toString(36);",
    'try {',
    "  await ex.createOrder('BTC/USDT:USDT', 'market', 'buy', 0.002, undefined, { clientOrderId: cid });",
    '} catch (e) {',
    '  if (!(e instanceof ccxt.OperationFailed)) throw e;',
    "  console.log(await ex.fetchOrder(undefined, 'BTC/USDT:USDT', { origClientOrderId: cid }));",
    '}',
  ),
  lines(
    'import uuid',
    UPY,
    'from binance.error import ClientError, ServerError',
    '',
    'cid = "bot-" + uuid.uuid4().hex[:20]',
    'try:',
    '    um.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity=0.002, newClientOrderId=cid)',
    'except (ClientError, ServerError) as e:',
    '    if isinstance(e, ClientError) and e.error_code not in (-1000, -1006, -1007):',
    '        raise',
    '    print(um.query_order(symbol="BTCUSDT", origClientOrderId=cid))  # look, do not resend',
  ),
  lines(
    UJS,
    "const cid = 'bot-' + Date.now().toString(36);",
    'try {',
    "  await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: 0.002, newClientOrderId: cid });",
    '} catch (err) {',
    "  console.log('unclear result, looking it up:', err.message);",
    "  console.log(await (await client.restAPI.queryOrder({ symbol: 'BTCUSDT', origClientOrderId: cid })).data());",
    '}',
  ),
  lines(
    'CID="bot-$(date +%s)"',
    signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.002&newClientOrderId=$CID'),
    '# if that answer was unclear, look it up with the same id instead of sending it again',
    signed('GET', '/fapi/v1/order', 'symbol=BTCUSDT&origClientOrderId=$CID'),
  ),
);

/** Retry a READ with exponential backoff; never wrap order placement like this. */
export const SN_BACKOFF: Snippet[] = six(
  lines(
    'import time',
    pbCatching(
      'for delay in (0.2, 0.4, 0.8, 1.6, 3.2):  # reads only',
      '    try:',
      '        balances = client.futures_account_balance()',
      '        break',
      '    except BinanceAPIException as e:',
      '        if e.status_code < 500 and e.code not in (-1000, -1001):',
      '            raise',
      '        time.sleep(delay)',
    ),
  ),
  lines(
    'import time',
    CPY,
    '',
    'for delay in (0.2, 0.4, 0.8, 1.6, 3.2):  # reads only',
    '    try:',
    '        balance = ex.fetch_balance()',
    '        break',
    '    except (ccxt.ExchangeNotAvailable, ccxt.OperationFailed):',
    '        time.sleep(delay)',
  ),
  lines(
    CJS,
    'let balance;',
    'for (const delay of [200, 400, 800, 1600, 3200]) { // reads only',
    '  try { balance = await ex.fetchBalance(); break; }',
    '  catch (e) { if (!(e instanceof ccxt.OperationFailed)) throw e; await new Promise((r) => setTimeout(r, delay)); }',
    '}',
  ),
  lines(
    'import time',
    UPY,
    'from binance.error import ClientError, ServerError',
    '',
    'for delay in (0.2, 0.4, 0.8, 1.6, 3.2):  # reads only',
    '    try:',
    '        balances = um.balance()',
    '        break',
    '    except (ClientError, ServerError) as e:',
    '        if isinstance(e, ClientError) and e.error_code not in (-1000, -1001):',
    '            raise',
    '        time.sleep(delay)',
  ),
  lines(
    UJS,
    'let balances;',
    'for (const delay of [200, 400, 800, 1600, 3200]) { // reads only',
    '  try { balances = await (await client.restAPI.futuresAccountBalanceV3()).data(); break; }',
    '  catch (err) { console.log(err.message); await new Promise((r) => setTimeout(r, delay)); }',
    '}',
  ),
  lines('for d in 0.2 0.4 0.8 1.6 3.2; do  # reads only', `  curl -sf "${FAPI}/fapi/v1/time" && break`, '  sleep "$d"', 'done'),
);

/** Read the used request weight on every response and slow down before the limit. */
export const SN_WEIGHT: Snippet[] = six(
  lines(
    'import time',
    PB,
    '',
    'client.futures_ping()',
    'used = int(client.response.headers.get("x-mbx-used-weight-1m", 0))',
    'if used > 0.8 * 2400:  # read the real limit from futures_exchange_info()["rateLimits"]',
    '    time.sleep(60 - time.time() % 60)  # wait for the next minute window',
  ),
  lines(
    'import time',
    CPY,
    '',
    'ex.fetch_time()',
    'used = int(ex.last_response_headers.get("x-mbx-used-weight-1m", 0))',
    'if used > 0.8 * 2400:',
    '    time.sleep(60 - time.time() % 60)',
  ),
  lines(
    CJS,
    'await ex.fetchTime();',
    "const used = Number(ex.last_response_headers['x-mbx-used-weight-1m'] ?? 0);",
    'if (used > 0.8 * 2400) await new Promise((r) => setTimeout(r, 60000 - (Date.now() % 60000)));',
  ),
  lines(
    'import time',
    'from binance.um_futures import UMFutures',
    '',
    'um = UMFutures(show_limit_usage=True)',
    'res = um.time()',
    'used = int(res["limit_usage"].get("x-mbx-used-weight-1m", 0))',
    'if used > 0.8 * 2400:',
    '    time.sleep(60 - time.time() % 60)',
  ),
  lines(
    UJS,
    'const res = await client.restAPI.checkServerTime();',
    "const weight = (res.rateLimits ?? []).find((l) => l.rateLimitType === 'REQUEST_WEIGHT');",
    "console.log('used weight this interval:', weight?.count);",
    'if ((weight?.count ?? 0) > 0.8 * 2400) await new Promise((r) => setTimeout(r, 60000 - (Date.now() % 60000)));',
  ),
  lines('# the used weight of your IP comes back on every response', `curl -s -D - -o /dev/null "${FAPI}/fapi/v1/time" | grep -i 'x-mbx-used-weight'`),
);

/** Stream market data instead of polling REST for it. */
export const SN_STREAM: Snippet[] = six(
  lines(
    'from binance import ThreadedWebsocketManager',
    '',
    'def on_mark(msg):',
    '    print(msg)',
    '',
    'twm = ThreadedWebsocketManager()',
    'twm.start()',
    'twm.start_symbol_mark_price_socket(callback=on_mark, symbol="BTCUSDT")',
    'twm.join()',
  ),
  lines(
    'import asyncio',
    'import ccxt.pro as ccxtpro',
    '',
    'async def main():',
    '    ex = ccxtpro.binanceusdm()',
    '    while True:',
    '        ticker = await ex.watch_ticker("BTC/USDT:USDT")  # pushed, costs no request weight',
    '        print(ticker["last"])',
    '',
    'asyncio.run(main())',
  ),
  lines("import ccxt from 'ccxt';", 'const ex = new ccxt.pro.binanceusdm();', 'while (true) {', "  const ticker = await ex.watchTicker('BTC/USDT:USDT');", '  console.log(ticker.last);', '}'),
  lines(
    'from binance.websocket.um_futures.websocket_client import UMFuturesWebsocketClient',
    '',
    'def on_message(_, message):',
    '    print(message)',
    '',
    'ws = UMFuturesWebsocketClient(on_message=on_message)',
    'ws.mark_price(symbol="btcusdt", speed=1)',
  ),
  lines(
    "import { DerivativesTradingUsdsFutures, DERIVATIVES_TRADING_USDS_FUTURES_WS_STREAMS_PROD_URL } from '@binance/derivatives-trading-usds-futures';",
    'const client = new DerivativesTradingUsdsFutures({ configurationWebsocketStreams: { wsURL: DERIVATIVES_TRADING_USDS_FUTURES_WS_STREAMS_PROD_URL } });',
    'const connection = await client.websocketStreams.connect();',
    "const stream = connection.markPriceStream({ symbol: 'btcusdt', updateSpeed: '1s' });",
    "stream.on('message', (data) => console.log(data.p));",
  ),
  lines('# a stream instead of a polling loop (websocat is a small websocket client)', 'websocat "wss://fstream.binance.com/ws/btcusdt@markPrice@1s"'),
);

/** Heavy calls: add a symbol, cache exchangeInfo. */
export const SN_LIGHT: Snippet[] = six(
  lines(
    PB,
    '',
    'info = client.futures_exchange_info()  # heavy: fetch once at start and keep it',
    'orders = client.futures_get_open_orders(symbol="BTCUSDT")  # with symbol: weight 1; without: 40',
  ),
  lines(CPY, '', 'ex.load_markets()  # once; ccxt caches exchangeInfo after this', 'orders = ex.fetch_open_orders("BTC/USDT:USDT")  # always pass the symbol'),
  lines(CJS, 'await ex.loadMarkets(); // once, cached afterwards', "const orders = await ex.fetchOpenOrders('BTC/USDT:USDT'); // always pass the symbol"),
  lines(UPY, '', 'info = um.exchange_info()  # once at start', 'orders = um.get_orders(symbol="BTCUSDT")  # open orders of one symbol: weight 1'),
  lines(
    UJS,
    'const info = await (await client.restAPI.exchangeInformation()).data(); // once at start',
    "const orders = await (await client.restAPI.currentAllOpenOrders({ symbol: 'BTCUSDT' })).data(); // weight 1 with a symbol",
  ),
  lines('# open orders of one symbol cost 1; the same call without symbol costs 40', signed('GET', '/fapi/v1/openOrders', 'symbol=BTCUSDT')),
);

/** Stop at the first 429/418 and wait: Retry-After, or the "banned until" time in the message. */
export const SN_BAN_WAIT: Snippet[] = six(
  lines(
    'import re, time',
    pbCatching(
      'try:',
      '    client.futures_account()',
      'except BinanceAPIException as e:',
      '    if e.status_code in (418, 429):',
      '        m = re.search(r"banned until (\\d+)", e.message)',
      '        secs = int(m.group(1)) / 1000 - time.time() if m else int(e.response.headers.get("Retry-After", 60))',
      '        time.sleep(max(secs, 1))  # send nothing from this IP meanwhile',
    ),
  ),
  lines(
    'import re, time',
    CPY,
    '',
    'try:',
    '    ex.fetch_balance()',
    'except ccxt.DDoSProtection as e:  # ccxt raises this for both 418 and 429',
    '    m = re.search(r"banned until (\\d+)", str(e))',
    '    secs = int(m.group(1)) / 1000 - time.time() if m else 60',
    '    time.sleep(max(secs, 1))',
  ),
  lines(
    CJS,
    'try {',
    '  await ex.fetchBalance();',
    '} catch (e) {',
    '  if (!(e instanceof ccxt.DDoSProtection)) throw e;',
    '  const m = /banned until (\\d+)/.exec(String(e.message));',
    '  const ms = m ? Number(m[1]) - Date.now() : 60000;',
    '  await new Promise((r) => setTimeout(r, Math.max(ms, 1000)));',
    '}',
  ),
  lines(
    'import re, time',
    umCatching(
      'try:',
      '    um.account()',
      'except ClientError as e:',
      '    if e.status_code in (418, 429):',
      '        m = re.search(r"banned until (\\d+)", e.error_message or "")',
      '        secs = int(m.group(1)) / 1000 - time.time() if m else int((e.header or {}).get("Retry-After", 60))',
      '        time.sleep(max(secs, 1))',
    ),
  ),
  lines(
    UJS,
    'try {',
    '  await client.restAPI.accountInformationV3();',
    '} catch (err) {',
    '  const m = /banned until (\\d+)/.exec(String(err.message));',
    '  const ms = m ? Number(m[1]) - Date.now() : 60000; // 418 = RateLimitBanError, 429 = TooManyRequestsError',
    '  await new Promise((r) => setTimeout(r, Math.max(ms, 1000)));',
    '}',
  ),
  lines(
    '# UNTIL is the number after "banned until" in the message (epoch milliseconds)',
    'UNTIL=1700000000000',
    'WAIT=$(( UNTIL / 1000 - $(date +%s) ))',
    '[ "$WAIT" -gt 0 ] && echo "banned for $WAIT more seconds" && sleep "$WAIT"',
  ),
);

/** Measure the clock offset and the round trip against GET /fapi/v1/time. */
const SN_CLOCK_CHECK: Snippet[] = six(
  lines(
    'import time',
    PB,
    '',
    't0 = int(time.time() * 1000)',
    'server = client.futures_time()["serverTime"]',
    't1 = int(time.time() * 1000)',
    'print("offset ms:", server - (t0 + t1) // 2, "round trip ms:", t1 - t0)',
  ),
  lines('import time', CPY, '', 't0 = ex.milliseconds()', 'server = ex.fetch_time()', 't1 = ex.milliseconds()', 'print("offset ms:", server - (t0 + t1) // 2, "round trip ms:", t1 - t0)'),
  lines(CJS, 'const t0 = Date.now();', 'const server = await ex.fetchTime();', 'const t1 = Date.now();', "console.log('offset ms:', server - (t0 + t1) / 2, 'round trip ms:', t1 - t0);"),
  lines('import time', UPY, '', 't0 = int(time.time() * 1000)', 'server = um.time()["serverTime"]', 't1 = int(time.time() * 1000)', 'print("offset ms:", server - (t0 + t1) // 2, "round trip ms:", t1 - t0)'),
  lines(
    UJS,
    'const t0 = Date.now();',
    'const { serverTime } = await (await client.restAPI.checkServerTime()).data();',
    'const t1 = Date.now();',
    "console.log('offset ms:', serverTime - (t0 + t1) / 2, 'round trip ms:', t1 - t0);",
  ),
  lines('# compare your clock with Binance (both in milliseconds)', 'date +%s%3N', `curl -s "${FAPI}/fapi/v1/time"`, '# Linux: turn on NTP sync and step the clock now', 'sudo timedatectl set-ntp true && sudo chronyc makestep'),
);

/** Keep a server-time offset (and refresh it), so signed requests carry Binance's time. */
const SN_OFFSET: Snippet[] = six(
  lines(
    'import time',
    PB,
    '',
    'def resync():',
    '    client.timestamp_offset = client.futures_time()["serverTime"] - int(time.time() * 1000)',
    '',
    'resync()  # at start, then every few minutes and after any -1021',
  ),
  lines(
    'import os',
    'import ccxt',
    '',
    'ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"],',
    '                      "options": {"adjustForTimeDifference": True}})',
    'ex.load_markets()  # measures the offset',
    'ex.load_time_difference()  # call again every few minutes and after any -1021',
  ),
  lines(
    "import ccxt from 'ccxt';",
    'const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET, options: { adjustForTimeDifference: true } });',
    'await ex.loadMarkets(); // measures the offset',
    'setInterval(() => ex.loadTimeDifference(), 5 * 60 * 1000); // keep it fresh',
  ),
  lines(
    'import time',
    UPY,
    '',
    '# this connector signs with the local clock and has no offset setting:',
    '# measure the drift, and fix the machine clock when it is off',
    'drift = um.time()["serverTime"] - int(time.time() * 1000)',
    'if abs(drift) > 500:',
    '    raise SystemExit(f"clock is off by {drift} ms: synchronise the OS clock")',
  ),
  lines(
    UJS,
    '// this connector signs with Date.now(): check the drift and fix the OS clock when it is off',
    'const { serverTime } = await (await client.restAPI.checkServerTime()).data();',
    'const drift = serverTime - Date.now();',
    'if (Math.abs(drift) > 500) throw new Error(`clock is off by ${drift} ms: synchronise the OS clock`);',
  ),
  lines(
    '# use Binance time for the timestamp of a signed request',
    `OFFSET=$(( $(curl -s "${FAPI}/fapi/v1/time" | sed 's/[^0-9]//g') - $(date +%s%3N) ))`,
    'QS="recvWindow=5000&timestamp=$(( $(date +%s%3N) + OFFSET ))"',
    hmacSig('QS'),
    `curl -s -H "X-MBX-APIKEY: $API_KEY" "${FAPI}/fapi/v2/balance?$QS&signature=$SIG"`,
  ),
);

/** Send a wider (but sane) recvWindow. */
const SN_RECV: Snippet[] = six(
  lines(PB, '', 'client.REQUEST_RECVWINDOW = 10000  # python-binance >= 1.0.23 writes this into every signed call', 'client.futures_account_balance()'),
  lines(
    'import os',
    'import ccxt',
    '',
    'ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"],',
    '                      "options": {"recvWindow": 10000}})',
    'ex.fetch_balance()',
  ),
  lines(
    "import ccxt from 'ccxt';",
    'const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET, options: { recvWindow: 10000 } });',
    'await ex.fetchBalance();',
  ),
  lines(UPY, '', 'um.balance(recvWindow=10000)', 'um.new_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity=0.002, recvWindow=10000)'),
  lines(UJS, "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: 0.002, recvWindow: 10000 });"),
  lines('# recvWindow is in milliseconds, at most 60000; it only widens the "too late" side', signed('GET', '/fapi/v2/balance', 'recvWindow=10000')),
);

/** Fresh timestamp and signature for every send, including retries. */
const SN_FRESH: Snippet[] = six(
  lines(
    'import time',
    PB,
    '',
    '# let the library stamp each call; never pass a saved "timestamp" or "signature" yourself',
    'for attempt in range(3):',
    '    order = client.futures_create_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC",',
    '                                        quantity="0.002", price="60000", newClientOrderId="bot-0002")',
    '    break',
  ),
  lines(
    CPY,
    '',
    '# each call is signed at send time; build params fresh and do not copy a timestamp into them',
    'params = {"clientOrderId": "bot-0002"}',
    'ex.create_order("BTC/USDT:USDT", "limit", "buy", 0.002, 60000, params)',
  ),
  lines(
    CJS,
    '// each call is signed at send time; do not put a saved timestamp into params',
    "await ex.createOrder('BTC/USDT:USDT', 'limit', 'buy', 0.002, 60000, { clientOrderId: 'bot-0002' });",
  ),
  lines(UPY, '', '# sign_request() adds a new timestamp on every call: call it again rather than replaying a URL', 'um.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC",', '             quantity=0.002, price=60000, newClientOrderId="bot-0002")'),
  lines(
    UJS,
    '// queue the order parameters, not a signed request: the connector signs at send time',
    "const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: 0.002, price: 60000, newClientOrderId: 'bot-0002' };",
    'await client.restAPI.newOrder(order);',
  ),
  lines('# build the timestamp and signature right before each send (a retry gets a new pair)', signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.002&price=60000&newClientOrderId=bot-0002')),
);

/** Load key and secret cleanly, for the right environment, and test a signed call. */
const SN_KEYS: Snippet[] = six(
  lines(
    'import os',
    'from binance.client import Client',
    '',
    'key, secret = os.environ["API_KEY"].strip(), os.environ["API_SECRET"].strip()  # no stray newline',
    'client = Client(key, secret, testnet=False)  # testnet=True only with testnet keys',
    'print(client.futures_account_balance()[:1])  # a signed call: works only if the secret matches',
  ),
  lines(
    'import os',
    'import ccxt',
    '',
    'ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"].strip(), "secret": os.environ["API_SECRET"].strip()})',
    'ex.check_required_credentials()',
    'print(ex.fetch_balance()["USDT"])  # signed: works only if the secret matches the key',
  ),
  lines(
    "import ccxt from 'ccxt';",
    'const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY.trim(), secret: process.env.API_SECRET.trim() });',
    'ex.checkRequiredCredentials();',
    "console.log((await ex.fetchBalance()).USDT); // signed: works only if the secret matches the key",
  ),
  lines(
    'import os',
    'from binance.um_futures import UMFutures',
    '',
    'um = UMFutures(key=os.environ["API_KEY"].strip(), secret=os.environ["API_SECRET"].strip())',
    'print(um.balance()[:1])  # testnet keys need base_url="https://testnet.binancefuture.com"',
  ),
  lines(
    "import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';",
    'const client = new DerivativesTradingUsdsFutures({',
    '  configurationRestAPI: { apiKey: process.env.API_KEY.trim(), apiSecret: process.env.API_SECRET.trim() },',
    '});',
    'console.log(await (await client.restAPI.futuresAccountBalanceV3()).data());',
  ),
  lines('# a signed read: if this fails with -1022 too, the secret (or its environment) is wrong', signed('GET', '/fapi/v2/balance', '')),
);

/** Sign exactly the bytes you send: final encoded string, signature last, body or query, not both differently. */
const SN_SIGN_EXACT: Snippet[] = six(
  lines(
    PB,
    '',
    '# pass plain values and let the library encode and sign; do not pre-encode,',
    '# sort, or add "timestamp"/"signature" yourself, and drop parameters that are None',
    'params = {"symbol": "BTCUSDT", "side": "SELL", "type": "MARKET", "quantity": "0.002", "reduceOnly": "true"}',
    'client.futures_create_order(**{k: v for k, v in params.items() if v is not None})',
  ),
  lines(
    CPY,
    '',
    '# extra Binance fields go in params as plain values; ccxt orders, encodes and signs them',
    'ex.create_order("BTC/USDT:USDT", "market", "sell", 0.002, None, {"reduceOnly": True})',
  ),
  lines(CJS, "await ex.createOrder('BTC/USDT:USDT', 'market', 'sell', 0.002, undefined, { reduceOnly: true });"),
  lines(
    'import hashlib, hmac, os, time',
    'from urllib.parse import urlencode',
    'import requests',
    '',
    'qs = urlencode({"symbol": "BTCUSDT", "side": "SELL", "type": "MARKET", "quantity": "0.002", "timestamp": int(time.time() * 1000)})',
    'sig = hmac.new(os.environ["API_SECRET"].encode(), qs.encode(), hashlib.sha256).hexdigest()',
    '# send exactly qs, with the signature appended last; do not let the HTTP client rebuild it',
    'r = requests.post("https://fapi.binance.com/fapi/v1/order?" + qs + "&signature=" + sig,',
    '                  headers={"X-MBX-APIKEY": os.environ["API_KEY"]})',
    'print(r.status_code, r.text)',
  ),
  lines(
    "import crypto from 'node:crypto';",
    "const qs = new URLSearchParams({ symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.002', timestamp: String(Date.now()) }).toString();",
    "const sig = crypto.createHmac('sha256', process.env.API_SECRET).update(qs).digest('hex');",
    "const res = await fetch(`https://fapi.binance.com/fapi/v1/order?${qs}&signature=${sig}`, { method: 'POST', headers: { 'X-MBX-APIKEY': process.env.API_KEY } });",
    'console.log(res.status, await res.text());',
  ),
  lines('# the signed text is exactly QS; the URL sends QS unchanged with signature last', signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.002')),
);

/** Percent-encode non-ASCII and special characters before signing, and sign the encoded form. */
const SN_ENCODE: Snippet[] = six(
  lines(
    'import binance',
    PB,
    '',
    'print(binance.__version__)  # recent releases encode the symbol before signing; upgrade if old',
    'client.futures_create_order(symbol="币安人生USDT", side="BUY", type="MARKET", quantity="10")',
  ),
  lines(CPY, '', 'ex.load_markets()', '# use the unified symbol; ccxt encodes the exchange id before signing (keep ccxt up to date)', 'print([s for s in ex.symbols if not s.isascii()][:3])'),
  lines(CJS, 'await ex.loadMarkets();', '// keep ccxt current: old releases signed the raw non-ASCII symbol', "console.log(ex.symbols.filter((s) => /[^\\x00-\\x7F]/.test(s)).slice(0, 3));"),
  lines(
    'import hashlib, hmac, os, time',
    'from urllib.parse import quote, urlencode',
    '',
    'params = {"symbol": "币安人生USDT", "side": "BUY", "type": "MARKET", "quantity": "10", "timestamp": int(time.time() * 1000)}',
    'qs = urlencode(params, quote_via=quote)  # UTF-8 percent-encoding, then sign that exact text',
    'sig = hmac.new(os.environ["API_SECRET"].encode(), qs.encode(), hashlib.sha256).hexdigest()',
    'print(qs + "&signature=" + sig)',
  ),
  lines(
    "import crypto from 'node:crypto';",
    "const qs = new URLSearchParams({ symbol: '币安人生USDT', side: 'BUY', type: 'MARKET', quantity: '10', timestamp: String(Date.now()) }).toString();",
    "const sig = crypto.createHmac('sha256', process.env.API_SECRET).update(qs).digest('hex'); // signs the encoded text",
    'console.log(`${qs}&signature=${sig}`);',
  ),
  lines(
    '# percent-encode first, then sign the encoded string',
    'SYM=$(printf \'%s\' "币安人生USDT" | jq -sRr @uri)',
    signed('POST', '/fapi/v1/order', 'symbol=$SYM&side=BUY&type=MARKET&quantity=10'),
  ),
);

/** POST with parameters in the body: sign the body (query + body if both are used). */
const SN_BODY: Snippet[] = six(
  lines(PB, '', '# python-binance puts POST parameters in the body and signs that body for you', 'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.002")'),
  lines(CPY, '', '# ccxt signs whatever it sends, body or query', 'ex.create_order("BTC/USDT:USDT", "market", "buy", 0.002)'),
  lines(CJS, "await ex.createOrder('BTC/USDT:USDT', 'market', 'buy', 0.002);"),
  lines(
    'import hashlib, hmac, os, time',
    'from urllib.parse import urlencode',
    'import requests',
    '',
    'body = urlencode({"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.002", "timestamp": int(time.time() * 1000)})',
    'sig = hmac.new(os.environ["API_SECRET"].encode(), body.encode(), hashlib.sha256).hexdigest()',
    'r = requests.post("https://fapi.binance.com/fapi/v1/order", data=body + "&signature=" + sig,',
    '                  headers={"X-MBX-APIKEY": os.environ["API_KEY"], "Content-Type": "application/x-www-form-urlencoded"})',
    'print(r.status_code, r.text)',
  ),
  lines(
    "import crypto from 'node:crypto';",
    "const body = new URLSearchParams({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.002', timestamp: String(Date.now()) }).toString();",
    "const sig = crypto.createHmac('sha256', process.env.API_SECRET).update(body).digest('hex');",
    "const res = await fetch('https://fapi.binance.com/fapi/v1/order', { method: 'POST', body: `${body}&signature=${sig}`,",
    "  headers: { 'X-MBX-APIKEY': process.env.API_KEY, 'Content-Type': 'application/x-www-form-urlencoded' } });",
    'console.log(res.status, await res.text());',
  ),
  lines(
    '# everything in the body; the signature covers exactly that body',
    'BODY="symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.002&timestamp=$(date +%s000)"',
    hmacSig('BODY'),
    `curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" -d "$BODY&signature=$SIG" "${FAPI}/fapi/v1/order"`,
  ),
);

/** An RSA or Ed25519 key: sign with the private key, not as an HMAC secret. */
const SN_KEYTYPE: Snippet[] = six(
  lines(
    'import os',
    'from binance.client import Client',
    '',
    '# Ed25519/RSA key: pass the PEM private key, not api_secret',
    'client = Client(os.environ["API_KEY"], private_key=open("ed25519-private.pem").read())',
    'print(client.futures_account_balance()[:1])',
  ),
  lines(
    'import os',
    'import ccxt',
    '',
    '# ccxt signs with RSA/Ed25519 when the secret is a PEM private key',
    'ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": open("ed25519-private.pem").read()})',
    'print(ex.fetch_balance()["USDT"])',
  ),
  lines(
    "import fs from 'node:fs';",
    "import ccxt from 'ccxt';",
    "const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: fs.readFileSync('ed25519-private.pem', 'utf8') });",
    'console.log((await ex.fetchBalance()).USDT);',
  ),
  lines(
    'import os',
    'from binance.um_futures import UMFutures',
    '',
    '# an HMAC key pair: API key + secret key exactly as shown when the key was created',
    'um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])',
    'print(um.balance()[:1])',
  ),
  lines(
    "import fs from 'node:fs';",
    "import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';",
    'const client = new DerivativesTradingUsdsFutures({',
    "  configurationRestAPI: { apiKey: process.env.API_KEY, privateKey: fs.readFileSync('ed25519-private.pem', 'utf8') },",
    '});',
    'console.log(await (await client.restAPI.futuresAccountBalanceV3()).data());',
  ),
  lines(
    '# Ed25519 keys sign with the private key and send the base64 signature, URL-encoded',
    'QS="timestamp=$(date +%s000)"',
    'SIG=$(printf \'%s\' "$QS" | openssl pkeyutl -sign -inkey ed25519-private.pem -rawin | base64 -w0 | jq -sRr @uri)',
    `curl -s -H "X-MBX-APIKEY: $API_KEY" "${FAPI}/fapi/v2/balance?$QS&signature=$SIG"`,
  ),
);

/** Fewer parallel order requests: a small worker pool. */
export const SN_CONCURRENCY: Snippet[] = six(
  lines(
    'import time',
    PB,
    '',
    'orders = [dict(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC", quantity="0.002", price=str(p))',
    '          for p in (60000, 59900, 59800)]',
    'for o in orders:  # one at a time, with a small gap, instead of a burst of threads',
    '    client.futures_create_order(**o)',
    '    time.sleep(0.2)',
  ),
  lines('import time', CPY, '', 'for price in (60000, 59900, 59800):', '    ex.create_order("BTC/USDT:USDT", "limit", "buy", 0.002, price)', '    time.sleep(0.2)  # no asyncio.gather burst'),
  lines(CJS, 'for (const price of [60000, 59900, 59800]) { // sequential, not Promise.all', "  await ex.createOrder('BTC/USDT:USDT', 'limit', 'buy', 0.002, price);", '  await new Promise((r) => setTimeout(r, 200));', '}'),
  lines('import time', UPY, '', 'for price in (60000, 59900, 59800):', '    um.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC", quantity=0.002, price=price)', '    time.sleep(0.2)'),
  lines(
    UJS,
    'for (const price of [60000, 59900, 59800]) { // sequential, not Promise.all',
    "  await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: 0.002, price });",
    '  await new Promise((r) => setTimeout(r, 200));',
    '}',
  ),
  lines('for P in 60000 59900 59800; do', signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.002&price=$P'), '  sleep 0.2', 'done'),
);

/** Close or reduce with the reduce-only flag, so system-level throttling lets it through. */
export const SN_REDUCE_ONLY: Snippet[] = six(
  lines(PB, '', '# one-way mode: closing orders must say reduceOnly=true to be exempt from -1008', 'client.futures_create_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity="0.002", reduceOnly="true")'),
  lines(CPY, '', 'ex.create_order("BTC/USDT:USDT", "market", "sell", 0.002, None, {"reduceOnly": True})'),
  lines(CJS, "await ex.createOrder('BTC/USDT:USDT', 'market', 'sell', 0.002, undefined, { reduceOnly: true });"),
  lines(UPY, '', 'um.new_order(symbol="BTCUSDT", side="SELL", type="MARKET", quantity=0.002, reduceOnly="true")', '# hedge mode instead: positionSide="LONG" with side="SELL" is a closing order'),
  lines(UJS, "await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: 0.002, reduceOnly: 'true' });"),
  lines('# closing in one-way mode: reduceOnly=true (hedge mode: positionSide=LONG with side=SELL)', signed('POST', '/fapi/v1/order', 'symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.002&reduceOnly=true')),
);

/** Pace orders under the account's order-count limit. */
export const SN_ORDER_PACE: Snippet[] = six(
  lines(
    'import time',
    PB,
    '',
    'limits = [l for l in client.futures_exchange_info()["rateLimits"] if l["rateLimitType"] == "ORDERS"]',
    'print(limits)  # e.g. per 10 SECOND and per 1 MINUTE',
    'client.futures_create_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC", quantity="0.002", price="60000")',
    'print(client.response.headers.get("x-mbx-order-count-10s"), client.response.headers.get("x-mbx-order-count-1m"))',
  ),
  lines(CPY, '', 'ex.create_order("BTC/USDT:USDT", "limit", "buy", 0.002, 60000)', 'h = ex.last_response_headers', 'print(h.get("x-mbx-order-count-10s"), h.get("x-mbx-order-count-1m"))'),
  lines(CJS, "await ex.createOrder('BTC/USDT:USDT', 'limit', 'buy', 0.002, 60000);", 'const h = ex.last_response_headers;', "console.log(h['x-mbx-order-count-10s'], h['x-mbx-order-count-1m']);"),
  lines(
    'from binance.um_futures import UMFutures',
    'import os',
    '',
    'um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"], show_limit_usage=True)',
    'res = um.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", timeInForce="GTC", quantity=0.002, price=60000)',
    'print(res["limit_usage"])  # x-mbx-order-count-10s / -1m',
  ),
  lines(
    UJS,
    "const res = await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: 0.002, price: 60000 });",
    "console.log(res.rateLimits?.filter((l) => l.rateLimitType === 'ORDERS'));",
  ),
  lines('# current order-count usage of the account', signed('GET', '/fapi/v1/rateLimit/order', '')),
);

// ---------------------------------------------------------------------------------------------
// Shared causes and retry advice.

export const unknownAdvice = (what: string): RetryAdvice => ({
  verdict: 'query-order-first',
  outcome: 'unknown',
  advice: `Find out whether the order exists before you retry. ${what} Look it up with GET /fapi/v1/order (COIN-M /dapi/v1/order, Spot /api/v3/order, PM /papi/v1/um/order) using origClientOrderId, or watch the user data stream for ORDER_TRADE_UPDATE (Spot: executionReport); conditional orders placed through the Algo service are found with GET /fapi/v1/algoOrder. Most libraries mint a fresh client order id on every attempt, so a blind retry can place the order twice. Reads (GETs) can simply be repeated.`,
});

export const reconcileFix = fix(
  'Look the order up by its client order id before doing anything else',
  [
    'Take the client order id you sent (newClientOrderId; ccxt: params clientOrderId). If you did not set one, the library made one up: look in its debug log, or list recent orders with GET /fapi/v1/allOrders?symbol=… and check the time.',
    'Query GET /fapi/v1/order with symbol and origClientOrderId (COIN-M /dapi/v1/order, Spot /api/v3/order). For TP/SL and other conditional orders sent to POST /fapi/v1/algoOrder, query GET /fapi/v1/algoOrder with clientAlgoId.',
    'If it says -2013 "Order does not exist.", ask again two or three times over ten seconds, or watch ORDER_TRADE_UPDATE on the user data stream: a fresh order can lag behind.',
    'For MARKET orders also check the position (GET /fapi/v3/positionRisk) or your trades (GET /fapi/v1/userTrades): a filled market order is no longer open.',
    'Only when you are sure it does not exist, send it again — with the same client order id, so a late duplicate is refused while the first copy is still open.',
  ],
  SN_RECONCILE,
);

export const ownIdFix = fix(
  'Always send your own client order id, and look up instead of resending',
  [
    'Generate an id per order (allowed characters: letters, digits, . : / _ -, up to 36 long) and keep it with the order in your bot’s state.',
    'On -1000, -1006, -1007, HTTP 408 or an unclear 5xx, do not resend: look the order up by that id.',
    'Turn off any generic "retry on network error" wrapper around order placement (ccxt maps -1007 to RequestTimeout, a NetworkError that naive wrappers resend).',
  ],
  SN_OWN_ID,
);

export const backoffFix = fix(
  'Retry reads with exponential backoff; reconcile writes',
  [
    'For GET requests: wait and retry with growing pauses (0.2 s, 0.4 s, 0.8 s …), at most 5 tries.',
    'For orders and setting changes: look the request up first (see the order-lookup fix), then decide.',
    'If it keeps failing for minutes, check Binance’s announcements / status before changing your code.',
  ],
  SN_BACKOFF,
);

// ---------------------------------------------------------------------------------------------
// -1000 UNKNOWN.

const K_1000: Knowledge = {
  keys: ['-1000'],
  meaning:
    'Binance hit an error it could not classify while handling your request. It says nothing about whether an order or change went through, so for writes the outcome is unknown.',
  retry: unknownAdvice('The error gives no status, so on an order, cancel or setting change it may have been applied.'),
  causes: [
    cause(
      'write-outcome-unknown',
      'Your order or change may have gone through even though you got an error',
      'The error can be raised after the matching engine already acted, so the reply is lost but the action stands. This is the dangerous case: a retry can duplicate it.',
      [reconcileFix, ownIdFix],
    ),
    cause(
      'binance-side-fault',
      'A short fault or overload inside Binance',
      'Most reports of -1000 come during incidents or very busy moments; several endpoints fail at once and it clears by itself.',
      [backoffFix],
    ),
    cause(
      'one-endpoint-broken',
      'One endpoint keeps failing (a Binance-side bug or a retired version)',
      'When the same call returns -1000 every time while others work, the problem sits in that endpoint or version, not in your timing.',
      [
        fix(
          'Switch to the current version of the endpoint and report it',
          [
            'Check that you call the current version (for example /fapi/v3/account rather than an older one) and that your library is up to date.',
            'Try the same call with a minimal set of parameters to see whether one of them triggers it.',
            'If it persists, report the exact request and time to Binance API support and make your bot degrade gracefully meanwhile.',
          ],
          SN_BACKOFF,
        ),
      ],
    ),
    cause(
      'heavy-request',
      'A request that asks for too much in one go',
      'Long history ranges, batch calls and endpoints over many symbols do more work in the backend; at busy times they are the first to fail.',
      [
        fix(
          'Split the request and pass a symbol',
          [
            'Ask for shorter time ranges (one day or one week at a time) and page through them.',
            'Pass symbol wherever the endpoint accepts it; cache exchangeInfo instead of re-fetching it.',
            'During peaks send single orders rather than batches.',
          ],
          SN_LIGHT,
        ),
      ],
    ),
  ],
  tree: {
    start: 'kind',
    questions: [
      {
        id: 'kind',
        text: 'Was the failing request a write (new order, cancel, modify, leverage, margin type) or a read?',
        options: [
          { value: 'write', label: 'A write: it could change something', next: 'scope-write' },
          { value: 'read', label: 'A read (GET): it only fetches data', next: 'scope-read' },
        ],
        auto: writeOrRead,
      },
      {
        id: 'scope-write',
        text: 'Did other requests fail at the same moment, or only this one?',
        options: [
          { value: 'many', label: 'Many requests failed around the same time', ranks: ['write-outcome-unknown', 'binance-side-fault', 'heavy-request'] },
          { value: 'this', label: 'Only this call, and it fails every time', ranks: ['write-outcome-unknown', 'one-endpoint-broken', 'heavy-request', 'binance-side-fault'] },
          { value: 'once', label: 'Just this once', ranks: ['write-outcome-unknown', 'binance-side-fault'] },
        ],
      },
      {
        id: 'scope-read',
        text: 'Did other requests fail at the same moment, or only this one?',
        options: [
          { value: 'many', label: 'Many requests failed around the same time', ranks: ['binance-side-fault', 'heavy-request'] },
          { value: 'this', label: 'Only this call, and it fails every time', ranks: ['one-endpoint-broken', 'heavy-request', 'binance-side-fault'] },
          { value: 'once', label: 'Just this once', ranks: ['binance-side-fault', 'heavy-request'] },
        ],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// -1001 DISCONNECTED.

export const K_1001: Knowledge = {
  keys: ['-1001'],
  meaning:
    'Binance’s gateway lost its internal connection while handling your request and could not process it. The derivatives docs treat this as a definite failure that you may simply send again.',
  retry: {
    verdict: 'safe-to-retry',
    outcome: 'rejected',
    advice:
      'The request failed inside Binance; send it again after a short pause (about a second, then growing). If the same order keeps failing, or if it came back on Spot with an HTTP 5xx, check by its client order id before the next attempt.',
  },
  causes: [
    cause(
      'internal-disconnect',
      'A momentary break between Binance’s gateway and its backend',
      'The front server could not reach the service behind it for this one request; it usually clears within seconds.',
      [backoffFix],
    ),
    cause(
      'peak-load',
      'A market-wide rush (volatility, news, liquidation cascades)',
      'At peaks the backend sheds work and some requests come back with this error; many users see it at once.',
      [
        fix(
          'Back off and send fewer requests in parallel',
          ['Retry with growing pauses and a cap of a few tries.', 'Send orders one after another instead of in a parallel burst.', 'Use streams for prices and account updates so fewer REST calls compete at peaks.'],
          SN_CONCURRENCY,
        ),
      ],
    ),
    cause(
      'maintenance',
      'Planned maintenance or an incident on Binance’s side',
      'During upgrades some services answer with internal errors for minutes at a time.',
      [
        fix(
          'Wait it out and let the bot pause itself',
          ['Check Binance’s API announcements and status for maintenance windows.', 'Have the bot stop opening new positions while errors persist, but keep protective orders in place.', 'Resume once a simple call such as GET /fapi/v1/time succeeds again.'],
          SN_BACKOFF,
        ),
      ],
    ),
  ],
  tree: {
    start: 'pattern',
    questions: [
      {
        id: 'pattern',
        text: 'How often did you get it?',
        options: [
          { value: 'once', label: 'Once or twice', ranks: ['internal-disconnect', 'peak-load'] },
          { value: 'burst', label: 'Many times within a few minutes', next: 'market' },
        ],
      },
      {
        id: 'market',
        text: 'Was the market unusually busy, or is there a maintenance notice?',
        options: [
          { value: 'busy', label: 'The market was moving fast / very busy', ranks: ['peak-load', 'internal-disconnect'] },
          { value: 'maintenance', label: 'There is a maintenance or incident notice', ranks: ['maintenance', 'internal-disconnect'] },
          { value: 'neither', label: 'Neither, as far as I know', ranks: ['internal-disconnect', 'maintenance', 'peak-load'] },
        ],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// -1002 UNAUTHORIZED.

const K_1002 = simple(
  ['-1002'],
  'Your key was recognised, but it is not allowed to do this particular thing. Nothing was executed; this is fixed in the key’s settings or the account, not by retrying.',
  never('Do not retry: change the key’s permissions (or use a key or account that has them), then send the request once.'),
  [
    cause(
      'missing-permission',
      'The API key lacks the permission this endpoint needs',
      'Keys start read-only. Futures trading, transfers, margin and some account endpoints each need their own tick in API Management.',
      [
        fix('Enable the needed permission on the key', [
          'Open API Management and edit the key: enable Futures (and Spot & Margin trading if you trade spot).',
          'If the futures account was opened after the key was created, create a new key.',
          'Run one signed read (GET /fapi/v2/balance) and then the failing call once.',
        ], SN_KEYS),
      ],
    ),
    cause(
      'wrong-account-type',
      'This account or sub-account may not use this endpoint',
      'Some routes are for master accounts only, for Portfolio Margin accounts (/papi/) only, or not for Portfolio Margin accounts; calling them from the wrong account type is refused.',
      [fix('Call it from the right account or product', ['Check which account the key belongs to (master or sub-account; classic or Portfolio Margin).', 'Portfolio Margin accounts place orders through /papi/ endpoints.', 'Use a key of the account the endpoint is meant for.'])],
    ),
  ],
);

// ---------------------------------------------------------------------------------------------
// -1003 TOO_MANY_REQUESTS.

const K_1003: Knowledge = {
  keys: ['-1003'],
  meaning:
    'Your IP has used more request weight than Binance allows in the current window. If the message says "banned until", the IP is blocked until that time; otherwise it is a warning that the next step is a ban.',
  retry: wait(
    'The request was refused, nothing was executed. Stop sending from this IP: if the message gives a "banned until" time (epoch milliseconds), wait until then; otherwise wait for the Retry-After header or the start of the next minute. Every request sent while limited pushes the IP towards a longer ban (2 minutes up to 3 days). Then resume at a lower rate.',
    60,
  ),
  causes: [
    cause(
      'ip-banned',
      'The IP is already banned for a set time',
      'After repeated 429s Binance bans the whole IP; every call fails until the time in the message, and calls during the ban can lengthen it.',
      [
        fix(
          'Stop everything on this IP until the ban ends',
          [
            'Read the number after "banned until": it is a time in epoch milliseconds. Convert it to a date; that is when the ban ends.',
            'Stop every bot and script that uses this IP (limits are per IP, not per key) until then.',
            'Before restarting, fix whatever burned the weight (see the other causes), or the next ban will be longer.',
          ],
          SN_BAN_WAIT,
        ),
      ],
    ),
    cause(
      'polling',
      'Polling REST in a loop for data that a stream provides',
      'Prices, klines, order books, positions and order status fetched every second add up quickly; streams deliver the same data without using request weight.',
      [fix('Move live data to websocket streams', ['Subscribe to market streams (mark price, klines, book ticker) instead of polling them.', 'Use the user data stream for order and position updates (ORDER_TRADE_UPDATE, ACCOUNT_UPDATE).', 'Keep REST for actions and occasional reconciliation.'], SN_STREAM)],
    ),
    cause(
      'heavy-calls',
      'Heavy endpoints called often or without a symbol',
      'Weights differ a lot: open orders without symbol cost 40 instead of 1, exchangeInfo and all-symbol tickers are heavy. A loop over them drains the budget.',
      [fix('Make each call lighter', ['Pass symbol wherever allowed.', 'Fetch exchangeInfo once at start and cache it.', 'Watch X-MBX-USED-WEIGHT-1M on responses to see which calls cost most.'], SN_LIGHT)],
    ),
    cause(
      'shared-ip',
      'Several bots, processes or accounts share one IP',
      'The weight budget belongs to the IP. Two bots on one server, or many users behind one VPN or NAT exit, share a single budget even with different keys.',
      [fix('Share the budget or split the IPs', ['List everything that sends from this machine or network exit.', 'Give them a shared rate limiter, or run them from different IPs.', 'Read the used weight from response headers before each burst.'], SN_WEIGHT)],
    ),
    cause(
      'retry-storm',
      'An error handler that resends immediately',
      'When a request fails and the code retries at once, in a loop or from many threads, each failure multiplies the traffic — which is how a 429 turns into a 418 ban.',
      [fix('Back off on 429 and never retry in a tight loop', ['On 429 or -1003 stop and wait (Retry-After, or the next minute).', 'Cap retries and make the pause grow each time.', 'Make sure one failing request cannot be retried by several layers (your code and the library).'], SN_BAN_WAIT)],
    ),
  ],
  tree: {
    start: 'state',
    questions: [
      {
        id: 'state',
        text: 'Does the message (or an HTTP 418) say your IP is banned, or only that you hit the limit?',
        help: 'Banned: "… IP banned until 1700000000000 …" or HTTP 418. Limit: "… current limit is … per …", "Too many requests queued." or HTTP 429.',
        options: [
          { value: 'banned', label: 'Banned until a time', ranks: ['ip-banned', 'retry-storm', 'polling', 'heavy-calls', 'shared-ip'] },
          { value: 'limit', label: 'Limit reached, no ban yet', next: 'sharing' },
        ],
        auto: bannedOrLimited,
      },
      {
        id: 'sharing',
        text: 'How many bots or scripts send requests from the same IP (same server, home network or VPN exit)?',
        options: [
          { value: 'one', label: 'Just this one', next: 'calls' },
          { value: 'several', label: 'Several', ranks: ['shared-ip', 'polling', 'heavy-calls', 'retry-storm'] },
        ],
      },
      {
        id: 'calls',
        text: 'What does your bot call most often?',
        options: [
          { value: 'polling', label: 'Prices, candles, order book, positions or balances, in a loop', ranks: ['polling', 'heavy-calls', 'retry-storm'] },
          { value: 'heavy', label: 'exchangeInfo, all tickers, or open orders without a symbol', ranks: ['heavy-calls', 'polling'] },
          { value: 'retries', label: 'The same request again after errors', ranks: ['retry-storm', 'polling'] },
        ],
        auto: heavyOrPolledCall,
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// -1004, -1005 (IP whitelist management), -1006, -1007.

const K_1004 = simple(
  ['-1004'],
  'You asked to add an IP to an API key’s whitelist, and it is already there. The whitelist is already as you want it.',
  noop('Nothing to do: the IP is already on the list. Treat this as success and stop re-adding it.'),
  [
    cause('already-whitelisted', 'The IP was added before', 'Scripts that configure the key at every start add the same IP again and get this reply.', [
      fix('Treat it as success', ['Skip the add when the IP is already listed (read the list first).', 'Log it at info level, not as an error.']),
    ]),
  ],
);

const K_1005 = simple(
  ['-1005'],
  'The IP you referred to is not on the key’s whitelist, so there was nothing to change. If you were removing it, it is already gone.',
  fixFirst('Nothing was changed. If you were removing that IP, the list is already as you want; if you expected it to be there, add it first and then repeat the action.'),
  [
    cause('ip-not-listed', 'The IP is not (or no longer) on the list', 'It was removed earlier, never added, or you used a different address format (IPv4 vs IPv6, a typo).', [
      fix('Compare with the current whitelist', ['Read the key’s current IP list in API Management (or the sub-account API IP endpoint you use).', 'Use exactly the address shown there.', 'If you were deleting it, there is nothing left to do.']),
    ]),
  ],
);

export const unknownCauses = (busyTitle: string, busyWhy: string) => [
  cause('backend-overloaded', busyTitle, busyWhy, [reconcileFix, backoffFix]),
  cause(
    'batch-during-peak',
    'Batch orders sent during a busy moment',
    'A batch makes the backend do several orders in one request; at peaks it is more likely to time out, and each element may or may not have gone through.',
    [
      fix(
        'Send single orders, each with its own client order id, during peaks',
        ['Check every element of the batch by its client order id.', 'While the market is hectic, send orders one at a time.', 'Keep a map of client order id → intent so your bot can reconcile after any unclear answer.'],
        SN_OWN_ID,
      ),
    ],
  ),
  cause(
    'auto-retry',
    'A library or wrapper resent the order automatically',
    'Generic retry-on-timeout code (for example catching ccxt NetworkError) resends with a new client order id, so if the first copy went through you now have two.',
    [ownIdFix],
  ),
];

export const unknownTree = {
  start: 'kind',
  questions: [
    {
      id: 'kind',
      text: 'Was the failing request a write (new order, cancel, modify, setting change) or a read?',
      options: [
        { value: 'write', label: 'A write: it could change something', next: 'batch' },
        { value: 'read', label: 'A read (GET)', ranks: ['backend-overloaded'] },
      ],
      auto: writeOrRead,
    },
    {
      id: 'batch',
      text: 'Was it a batch (POST /fapi/v1/batchOrders) or a single order?',
      options: [
        { value: 'batch', label: 'A batch of orders', ranks: ['batch-during-peak', 'backend-overloaded', 'auto-retry'] },
        { value: 'single', label: 'A single order or change', next: 'retry' },
      ],
      auto: batchOrSingle,
    },
    {
      id: 'retry',
      text: 'Does your code or library resend automatically after a timeout or network error?',
      options: [
        { value: 'yes', label: 'Yes, or I am not sure', ranks: ['auto-retry', 'backend-overloaded'] },
        { value: 'no', label: 'No, it sends once', ranks: ['backend-overloaded', 'auto-retry'] },
      ],
    },
  ],
};

const K_1006: Knowledge = {
  keys: ['-1006'],
  meaning:
    'Binance’s gateway got a reply from its internal message bus that it did not expect, so it cannot tell you what happened. The order or change may or may not have been carried out.',
  retry: unknownAdvice('The backend’s answer was garbled, so the action may have been applied.'),
  causes: unknownCauses('Binance’s backend was busy or glitched', 'The message bus between the gateway and the engine returned something unexpected, typically at busy moments; the engine may still have processed the request.'),
  tree: unknownTree,
};

const K_1007: Knowledge = {
  keys: ['-1007'],
  meaning:
    'Binance’s gateway gave up waiting for the matching engine (on Spot after 10 seconds). The request may still have been carried out after the gateway stopped waiting.',
  retry: unknownAdvice('A timeout does not mean it failed: the engine may have executed it after the gateway stopped waiting.'),
  causes: unknownCauses('The matching engine answered too slowly', 'During volatility the engine queues up; the gateway stops waiting after its timeout but the request can still be processed afterwards.'),
  tree: unknownTree,
};

// ---------------------------------------------------------------------------------------------
// -1008: Request Throttled (derivatives) and SERVER_BUSY (Spot).

export const K_1008: Knowledge = {
  keys: ['-1008'],
  meaning:
    'Binance’s system-level protection is shedding load and refused your order without processing it. Orders that only reduce or close a position, and cancels, are exempt.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 1,
    advice:
      'The order was not placed and the refusal does not count against your rate limits. Retry with growing pauses (for example 0.2 s, 0.4 s, 0.8 s, at most a few tries) and send fewer orders at once. If you are closing a position, mark the order reduceOnly=true (one-way) or use the closing positionSide/side pair (hedge) so it is exempt.',
  },
  causes: [
    cause(
      'system-overload',
      'Binance is overloaded right now',
      'At peaks a node reaches its concurrency ceiling and throttles new exposure-increasing orders; many users get -1008 at the same time.',
      [fix('Back off and retry a few times', ['Retry after 0.2 s, 0.4 s, 0.8 s …, at most 3–5 tries.', 'Do not switch to batch orders to "get through": batches are throttled too.', 'Make sure protective orders (stop-loss, take-profit) exist before opening more.'], SN_BACKOFF)],
    ),
    cause(
      'own-concurrency',
      'Your bot fires many orders at the same moment',
      'A burst of parallel order requests hits the throttle first; the same orders sent one after another usually pass.',
      [fix('Send orders sequentially with a small gap', ['Replace parallel order placement (threads, Promise.all, asyncio.gather) with a queue.', 'Leave a short gap between orders during busy markets.'], SN_CONCURRENCY)],
    ),
    cause(
      'not-flagged-reduce-only',
      'A closing order was not marked as reducing',
      'Only orders that visibly reduce exposure are exempt: closePosition=true, reduceOnly=true in one-way mode, or LONG+SELL / SHORT+BUY in hedge mode. A plain SELL that happens to close a long in one-way mode is treated as a new order.',
      [fix('Mark closing orders explicitly', ['One-way mode: add reduceOnly=true to every order meant to close or reduce.', 'Hedge mode: close a long with positionSide=LONG and side=SELL (a short with SHORT and BUY).', 'Stop orders that should flatten the position can use closePosition=true.'], SN_REDUCE_ONLY)],
    ),
  ],
  tree: {
    start: 'direction',
    questions: [
      {
        id: 'direction',
        text: 'Was the throttled order opening or adding to a position, or reducing/closing one?',
        options: [
          { value: 'opening', label: 'Opening or adding', next: 'burst' },
          { value: 'reducing', label: 'Reducing or closing (even if not marked reduce-only)', ranks: ['not-flagged-reduce-only', 'system-overload', 'own-concurrency'] },
        ],
        auto: reducesExposure,
      },
      {
        id: 'burst',
        text: 'How many orders does your bot send at the same moment?',
        options: [
          { value: 'many', label: 'Several at once (grid, batch, parallel threads)', ranks: ['own-concurrency', 'system-overload'] },
          { value: 'one', label: 'One at a time', ranks: ['system-overload', 'own-concurrency'] },
        ],
      },
    ],
  },
};

const K_SPOT_1008 = simple(
  ['spot:-1008'],
  'The Spot trading servers are overloaded and refused your request without processing it. It clears when the load drops.',
  wait('The request was not processed. Wait (the message suggests a few minutes), then retry with growing pauses and fewer requests in parallel.', 60),
  [
    cause('spot-overload', 'Spot servers are overloaded', 'At busy times the Spot API sheds requests with this error; it is not about your account.', [
      fix('Back off and retry later', ['Pause new requests for a minute or two.', 'Retry with growing pauses, at most a few times.', 'Keep order placement sequential until it clears.'], SN_BACKOFF),
    ]),
    cause('spot-burst', 'Your bot sends many requests at once', 'A parallel burst is the first thing to be refused when the servers are busy.', [
      fix('Send requests one after another', ['Queue requests instead of firing them in parallel.', 'Use streams for market data so fewer REST calls compete.'], SN_CONCURRENCY),
    ]),
  ],
);

// ---------------------------------------------------------------------------------------------
// -1010, -1011, -1014, -1016, -1020.

const K_1010 = simple(
  ['-1010'],
  'The matching engine sent back an error for your request without a specific reason. The request was not carried out.',
  fixFirst('Treat it as rejected. Check the order’s parameters and your account state; if an identical request keeps failing, look the order up by its client order id before changing anything.'),
  [
    cause('engine-rejected', 'The engine refused the request for a reason it did not spell out', 'This generic code is used when the engine answers with an error that has no dedicated code on this API.', [
      fix('Check the request against the account and symbol', [
        'Check the symbol is trading and your position mode, margin type and leverage match the order.',
        'Check open orders on that symbol (GET /fapi/v1/openOrders?symbol=…) for conflicts.',
        'Send it once more; if it fails identically, capture the full request and contact Binance API support.',
      ]),
    ]),
  ],
);

const K_1011 = simple(
  ['-1011'],
  'This IP address is not allowed to use this route with this key. Nothing was executed; the fix is in the key’s IP restriction settings.',
  never('Do not retry from this IP: add the server’s public IP to the key’s whitelist (or call from a whitelisted IP), then send once.'),
  [
    cause('ip-not-whitelisted', 'The key is restricted to other IPs', 'Keys with "Restrict access to trusted IPs only" refuse calls from any other address — for example after your server’s or cloud egress IP changed.', [
      fix('Whitelist the IP you actually send from', [
        'Find your egress IP (for example curl -s https://api.ipify.org from the bot’s machine).',
        'Add it to the key in API Management, or remove the restriction if you accept the risk.',
        'Behind NAT or changing cloud IPs, route through a fixed egress IP.',
      ]),
    ]),
  ],
);

const K_1014 = simple(
  ['-1014'],
  'The mix of order type, time-in-force and flags you sent is not a combination Binance supports. Nothing was placed.',
  fixFirst('Change the combination of parameters, then send again; the same request will keep failing.'),
  [
    cause('unsupported-combination', 'An order type combined with a parameter or flag it does not accept', 'Each order type takes its own set of parameters; adding a time-in-force, price or flag that the type does not support, or combining flags that exclude each other, is refused as a whole.', [
      fix('Send only the parameters the order type takes', [
        'LIMIT: quantity, price and timeInForce. MARKET: quantity only (no price, no timeInForce).',
        'Stop and take-profit types need stopPrice; closePosition=true is not combined with quantity or reduceOnly.',
        'Compare your request with the New Order page of the product you use (POST /fapi/v1/order, /dapi/v1/order, /api/v3/order) and remove what is not listed for that type.',
      ]),
    ]),
  ],
);

const K_1016 = simple(
  ['-1016'],
  'The service or endpoint you called has been retired or is switched off. Retrying will not help.',
  never('Do not retry: move to the endpoint or version that replaced it.'),
  [
    cause('retired-endpoint', 'An old endpoint or version was switched off', 'Binance retires endpoint versions and features; old libraries keep calling them.', [
      fix('Move to the current endpoint', ['Find the endpoint in the current API docs and change log; use the newest version (for example /fapi/v3/account).', 'Update your library to a current release.', 'If it is a maintenance window, wait for the announcement to end.']),
    ]),
  ],
);

const K_1020 = simple(
  ['-1020'],
  'Binance does not support this operation for your request, account or symbol. Nothing was executed.',
  fixFirst('Change what you ask for (a different endpoint, product, order type or account) before sending again.'),
  [
    cause('not-supported-here', 'The operation is not available for this account, symbol or environment', 'Some features exist only on certain products, account types or symbols, or not on the testnet.', [
      fix('Check that the operation exists where you call it', ['Make sure you call the product you mean (fapi = USD-M, dapi = COIN-M, api = Spot, papi = Portfolio Margin).', 'Check the symbol supports the order type (exchangeInfo lists orderTypes per symbol).', 'Try on mainnet if it fails only on the testnet.']),
    ]),
  ],
);

// ---------------------------------------------------------------------------------------------
// -1015 TOO_MANY_ORDERS.

const K_1015: Knowledge = {
  keys: ['-1015'],
  meaning:
    'Your account has placed more new orders than allowed in a time window (for example per 10 seconds or per minute). The order was refused; the limit counts orders per account, not per IP.',
  retry: wait(
    'The order was not placed. Wait for the window in the message to pass (seconds for a 10-second limit, up to a minute for a per-minute limit), then place orders more slowly. Do not loop: refused orders also count.',
    10,
  ),
  causes: [
    cause(
      'order-burst',
      'Many orders placed at once (grids, ladders, rebalancing)',
      'Placing a whole grid or many symbols at the same moment exceeds the short (10-second) window even if the minute total is fine.',
      [fix('Spread orders over time', ['Read the ORDERS limits from exchangeInfo rateLimits.', 'Pace order placement under those limits using the X-MBX-ORDER-COUNT-10S and -1M headers.', 'Batches (up to 5 per POST /fapi/v1/batchOrders) save requests but every order in them still counts.'], SN_ORDER_PACE)],
    ),
    cause(
      'resubmitting-rejections',
      'Rejected orders are resubmitted in a loop',
      'Orders refused for balance, filters or price rules still count against the limit; a loop that retries them burns the budget.',
      [fix('Stop retrying deterministic rejections', ['Retry only errors that can clear by themselves (timeouts, overload).', 'For filter, margin and parameter errors, fix the order or give up.', 'Add a circuit breaker: pause after N rejections in a row.'], SN_ORDER_PACE)],
    ),
    cause(
      'cancel-replace-churn',
      'Constant cancel-and-replace to chase the price',
      'Re-quoting by cancelling and placing a new order many times a second counts every new order.',
      [fix('Re-quote less often', ['Re-quote only when the price moved by at least a tick or two.', 'Use the modify-order endpoint (PUT /fapi/v1/order) for LIMIT orders where it fits.', 'Use GTX (post-only) orders that rest instead of chasing.'], SN_ORDER_PACE)],
    ),
    cause(
      'several-bots-one-account',
      'Several bots trade on the same account',
      'The order-count limit belongs to the account, so bots that share an account share one budget.',
      [fix('Coordinate or separate them', ['Give each bot its own sub-account, or', 'route all orders through one component with a shared limiter.'], SN_ORDER_PACE)],
    ),
  ],
  tree: {
    start: 'window',
    questions: [
      {
        id: 'window',
        text: 'Which window does the message name?',
        help: 'The message reads "… current limit is N orders per <window>".',
        options: [
          { value: 'seconds', label: 'Seconds (for example 10 SECOND)', ranks: ['order-burst', 'several-bots-one-account', 'cancel-replace-churn'] },
          { value: 'minute', label: 'A minute', next: 'rejections' },
          { value: 'day', label: 'A day (Spot)', ranks: ['resubmitting-rejections', 'cancel-replace-churn', 'several-bots-one-account'] },
        ],
        auto: orderLimitWindow,
      },
      {
        id: 'rejections',
        text: 'Are many of your orders rejected and then sent again?',
        options: [
          { value: 'yes', label: 'Yes, rejected orders are retried', ranks: ['resubmitting-rejections', 'order-burst'] },
          { value: 'no', label: 'No', ranks: ['cancel-replace-churn', 'several-bots-one-account', 'order-burst'] },
        ],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// -1021 INVALID_TIMESTAMP.

const K_1021: Knowledge = {
  keys: ['-1021'],
  meaning:
    'The timestamp in your signed request did not fit Binance’s clock: either it arrived later than your recvWindow allows, or it was more than 1 second ahead of Binance’s time. Nothing was executed.',
  retry: fixFirst(
    'The request was refused before it reached the engine, so nothing happened. Resynchronise your time (and sign right before sending), then send it again with a fresh timestamp; re-sending the same signed request will fail the same way.',
  ),
  causes: [
    cause(
      'clock-behind',
      'Your machine’s clock is behind (or has drifted)',
      'Binance accepts a request only if its timestamp is no older than recvWindow (default 5000 ms). A clock a few seconds slow makes every request look late — common on Windows, VPSs after suspend, Docker/WSL and dual-boot machines.',
      [
        fix('Synchronise the system clock', ['Turn on automatic time sync (Linux: chrony or systemd-timesyncd; Windows: w32tm /resync; WSL: restart it or run hwclock -s).', 'Compare your time with GET /fapi/v1/time (COIN-M /dapi/v1/time, Spot /api/v3/time): the difference should be well under 500 ms.'], SN_CLOCK_CHECK),
        fix('Keep a server-time offset in the bot', ['Measure serverTime − local time at start-up and add it to every timestamp.', 'Refresh the offset every few minutes and right after any -1021.'], SN_OFFSET),
      ],
    ),
    cause(
      'clock-ahead',
      'Your machine’s clock is ahead',
      'Binance refuses timestamps more than 1000 ms ahead of its own time. This margin is fixed: a larger recvWindow does not help.',
      [
        fix('Synchronise the system clock', ['Turn on automatic time sync and step the clock now.', 'Check that any offset you apply has the right sign: serverTime minus local time, added to local time.'], SN_CLOCK_CHECK),
        fix('Keep a server-time offset in the bot', ['Compute it from GET /fapi/v1/time and refresh it regularly.'], SN_OFFSET),
      ],
    ),
    cause(
      'stale-offset',
      'An offset measured once and never refreshed',
      'Bots that compute a time offset at start-up drift away from it over days; the error then appears out of nowhere in a long-running process.',
      [fix('Refresh the offset regularly', ['Re-measure the offset every few minutes.', 'Re-measure immediately after a -1021 and retry once with a new timestamp.'], SN_OFFSET)],
    ),
    cause(
      'slow-path',
      'The request waited too long between signing and arriving',
      'If the timestamp is taken and then the request waits — in a queue, a rate limiter, a busy event loop, an overloaded VPS or a slow network — it arrives after recvWindow has passed even with a correct clock.',
      [
        fix('Sign at the moment of sending and find the delay', ['Measure the round trip to GET /fapi/v1/time; hundreds of milliseconds or more point to the network or the machine.', 'Check CPU load and event-loop blocking around order placement.', 'Let the library sign at send time instead of preparing signed requests in advance.'], SN_CLOCK_CHECK),
        fix('Widen recvWindow a little', ['Send recvWindow=10000 (maximum 60000); it only tolerates lateness, not a clock ahead.'], SN_RECV),
      ],
    ),
    cause(
      'small-recvwindow',
      'recvWindow is too small for your connection',
      'A recvWindow of a second or two leaves no room for network delay and small clock drift.',
      [fix('Use a modest recvWindow', ['Send 5000–10000 ms; the maximum is 60000.', 'Do not use a huge window to hide a wrong clock: fix the clock first.'], SN_RECV)],
    ),
    cause(
      'reused-timestamp',
      'A timestamp or signed request that gets reused',
      'Code that computes the timestamp once (or caches a signed URL) and re-sends it — for example on a retry — sends an ever older timestamp.',
      [fix('Create a new timestamp and signature for every send', ['Never store a signed query string for later.', 'On retry, build the request again so it gets a fresh timestamp.'], SN_FRESH)],
    ),
  ],
  tree: {
    start: 'message',
    questions: [
      {
        id: 'message',
        text: 'Which of the two messages did you get?',
        options: [
          { value: 'ahead', label: '"…was 1000ms ahead of the server\'s time."', ranks: ['clock-ahead', 'stale-offset'] },
          { value: 'outside', label: '"…is outside of the recvWindow."', next: 'skew' },
        ],
        auto: timestampMessage,
      },
      {
        id: 'skew',
        text: 'How far is your clock from Binance’s? Compare your time with serverTime from GET /fapi/v1/time.',
        options: [
          { value: 'behind', label: 'More than a second behind', ranks: ['clock-behind', 'stale-offset', 'small-recvwindow'] },
          { value: 'ahead', label: 'More than a second ahead', ranks: ['clock-ahead', 'stale-offset'] },
          { value: 'close', label: 'Within about a second', next: 'recv' },
        ],
        auto: clockSkew,
      },
      {
        id: 'recv',
        text: 'What recvWindow do you send?',
        options: [
          { value: 'small', label: 'Less than 5000 ms', ranks: ['small-recvwindow', 'slow-path'] },
          { value: 'default', label: '5000–10000 ms, or I do not set it', next: 'when' },
          { value: 'large', label: 'More than 10000 ms', ranks: ['reused-timestamp', 'slow-path', 'stale-offset'] },
        ],
        auto: recvWindowSize,
      },
      {
        id: 'when',
        text: 'Does it happen on every signed request, or only now and then?',
        options: [
          { value: 'always', label: 'Every time', ranks: ['reused-timestamp', 'clock-behind', 'slow-path'] },
          { value: 'sometimes', label: 'Now and then', ranks: ['slow-path', 'stale-offset', 'small-recvwindow'] },
        ],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// -1022 INVALID_SIGNATURE.

const K_1022: Knowledge = {
  keys: ['-1022'],
  meaning:
    'The signature Binance computed from your request did not match the one you sent. Either the secret is not the one that belongs to the key, or the text that was signed differs from the text that was sent. Nothing was executed.',
  retry: fixFirst('Nothing was executed. Fix the secret or the signing, then send the request again; the same request will fail the same way.'),
  causes: [
    cause(
      'wrong-secret',
      'The secret is wrong, from another key, or from another environment',
      'A secret with a stray space or newline, a secret from an older key, or testnet/demo credentials used on the live host (or the other way round) produce a signature Binance cannot match.',
      [fix('Load the right secret for the right host', ['Copy the secret again (it is shown only once; create a new key if lost) and strip whitespace.', 'Make sure key and secret are from the same key pair and not swapped.', 'Testnet keys work only on the testnet host, live keys only on fapi.binance.com.', 'Test with one signed read (GET /fapi/v2/balance).'], SN_KEYS)],
    ),
    cause(
      'signed-string-differs',
      'The parameters were changed after signing',
      'The signature must cover exactly the query string (and body) that is sent. Re-ordering, re-encoding, adding a parameter, formatting a number differently, or putting signature anywhere but last after signing breaks it.',
      [fix('Sign the final encoded string and send it unchanged', ['Build the full query string, sign that exact text, append &signature=… last.', 'Do not let your HTTP client re-encode or re-order parameters after signing.', 'Drop parameters with empty values instead of sending "name=".', 'With a library, pass plain values and let it sign.'], SN_SIGN_EXACT)],
    ),
    cause(
      'special-characters',
      'Characters that were not encoded the same way before and after signing',
      'Non-ASCII symbols (such as the Chinese-named USD-M symbols), spaces, JSON lists (batchOrders) and characters like @ [ ] must be percent-encoded (UTF-8) and the encoded text signed. Old library versions sign the raw text and send the encoded one.',
      [fix('Percent-encode first, then sign', ['Encode parameter values as UTF-8 percent-encoding.', 'Sign the encoded string, and send it unchanged.', 'Update your library: recent versions encode the symbol before signing.'], SN_ENCODE)],
    ),
    cause(
      'post-body-vs-query',
      'A POST whose body and query were signed differently',
      'Binance signs the query string followed by the request body. Signing the parameters as a query but sending them as the body (or the reverse, or splitting them between both) gives a different text.',
      [fix('Sign exactly what goes in the body and query', ['Put all parameters in one place (query or body) and sign that.', 'If you use both, sign the query string immediately followed by the body.', 'Send the body as application/x-www-form-urlencoded.'], SN_BODY)],
    ),
    cause(
      'key-type-mismatch',
      'An RSA or Ed25519 key signed as if it were an HMAC secret (or the reverse)',
      'Self-generated keys are signed with the private key; system-generated keys use HMAC-SHA256 with the secret. Using the wrong method always fails.',
      [fix('Sign with the method that matches the key type', ['Check in API Management whether the key is system-generated (HMAC) or self-generated (RSA/Ed25519).', 'For RSA/Ed25519 pass the PEM private key to the library; for HMAC pass the secret.'], SN_KEYTYPE)],
    ),
  ],
  tree: {
    start: 'any',
    questions: [
      {
        id: 'any',
        text: 'Do any signed calls work with this key, for example GET /fapi/v2/balance?',
        options: [
          { value: 'none', label: 'No signed call works', next: 'who' },
          { value: 'some', label: 'Some work, this one fails', next: 'chars' },
        ],
      },
      {
        id: 'who',
        text: 'Do you sign requests yourself, or does a library do it?',
        options: [
          { value: 'library', label: 'A library signs them', ranks: ['wrong-secret', 'key-type-mismatch'] },
          { value: 'self', label: 'My own code signs them', ranks: ['wrong-secret', 'signed-string-differs', 'post-body-vs-query', 'key-type-mismatch'] },
        ],
        auto: librarySigns,
      },
      {
        id: 'chars',
        text: 'Does the failing call carry unusual characters: a non-ASCII symbol, spaces, a JSON list (batchOrders) or @ [ ]?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['special-characters', 'signed-string-differs'] },
          { value: 'no', label: 'No', next: 'method' },
        ],
        auto: unusualCharacters,
      },
      {
        id: 'method',
        text: 'Is the failing call a POST, PUT or DELETE while GET requests work?',
        options: [
          { value: 'write', label: 'Yes, a POST/PUT/DELETE', ranks: ['post-body-vs-query', 'signed-string-differs', 'special-characters'] },
          { value: 'get', label: 'No, it is a GET too', ranks: ['signed-string-differs', 'special-characters'] },
        ],
        auto: writeOrGet,
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// -1023, -1099 and the Spot FIX codes.

const K_1023 = simple(
  ['-1023'],
  'The startTime you sent is later than the endTime, so the time range is empty. Nothing was fetched or changed.',
  fixFirst('Swap or correct the two times, then send again.'),
  [
    cause('times-swapped-or-units', 'Start and end swapped, or mixed seconds and milliseconds', 'Binance times are epoch milliseconds. A start in milliseconds with an end in seconds (or a swapped pair) makes start > end.', [
      fix('Send both times in milliseconds, start before end', ['Convert both to epoch milliseconds (13 digits today).', 'Check startTime < endTime before sending.', 'Respect the endpoint’s maximum range (often 7 days) by paging.'], [
        { library: 'python-binance', code: lines('import time', PB, '', 'end = int(time.time() * 1000)', 'start = end - 24 * 60 * 60 * 1000  # both in milliseconds', 'trades = client.futures_account_trades(symbol="BTCUSDT", startTime=start, endTime=end)') },
        { library: 'curl', code: lines('END=$(date +%s000); START=$(( END - 86400000 ))', signed('GET', '/fapi/v1/userTrades', 'symbol=BTCUSDT&startTime=$START&endTime=$END')) },
      ]),
    ]),
  ],
);

const K_1099 = simple(
  ['-1099'],
  'Binance could not find what you asked for, or your key is not authenticated or allowed for it. Nothing was executed.',
  fixFirst('Check the endpoint path and the key’s permissions, then send once.'),
  [
    cause('wrong-path', 'The endpoint path or version does not exist', 'A typo, a version that was never published, or a Spot/COIN-M path on the USD-M host gives this answer.', [
      fix('Use the documented path on the right host', ['Compare the path with the USD-M docs (fapi.binance.com/fapi/…).', 'Use your library’s method rather than a hand-built URL.']),
    ]),
    cause('not-authorised', 'The key is missing or not permitted for this endpoint', 'The endpoint needs a signed request from a key with the right permissions.', [
      fix('Send a signed request with a suitable key', ['Send the X-MBX-APIKEY header and a signature.', 'Enable the permission the endpoint needs in API Management.'], SN_KEYS),
    ]),
  ],
);

const K_1033 = simple(
  ['spot:-1033'],
  'Another FIX session of your account is already logged in with the same SenderCompID, and two sessions may not share one. The new logon was refused.',
  fixFirst('Use a different SenderCompID for each concurrent session, or log the old session out first, then log on again.'),
  [
    cause('duplicate-sendercompid', 'Two sessions use the same SenderCompID', 'A second instance of the bot, or a reconnect while the old session is still alive, reuses the same SenderCompID(49).', [
      fix('Give each session its own SenderCompID', ['Generate a unique SenderCompID per running session (a UUID works).', 'On reconnect, close the old session with Logout<5> and wait for it to end before logging on again.', 'Make sure only one copy of the bot runs.']),
    ]),
  ],
);

const K_1034 = simple(
  ['spot:-1034'],
  'You have too many FIX connections open, or tried to connect too often from this account or IP. The connection was refused.',
  wait('Close connections you do not need, wait for the interval in the message, then connect again with a pause between attempts.'),
  [
    cause('too-many-fix-connections', 'Connection limits for FIX sessions reached', 'Accounts may hold only a few concurrent FIX connections per session type, and connection attempts are limited per account and per IP in a time window; tight reconnect loops hit this.', [
      fix('Reuse sessions and slow down reconnects', ['Count your open FIX connections per session type and close stale ones.', 'After closing, allow up to twice HeartBtInt(108) for the count to drop.', 'Reconnect with growing pauses instead of a tight loop.']),
    ]),
  ],
);

const K_1035 = simple(
  ['spot:-1035'],
  'The FIX session is being closed, and the server asks you to finish by sending a Logout<5> message. Requests on this session will not be processed.',
  wait('Send Logout<5>, let the session close, then log on again with a fresh session before sending more orders.'),
  [
    cause('session-closing', 'The server is ending the session', 'When a session is closing (for example for maintenance or after a limit breach), further messages are refused until the client completes the logout.', [
      fix('Complete the logout and reconnect', ['Send Logout<5> and wait for the server’s Logout.', 'Reconnect and log on again; check your open orders (GET /api/v3/openOrders) before placing new ones.']),
    ]),
  ],
);

const knowledge: Knowledge[] = [
  K_1000,
  K_1001,
  K_1002,
  K_1003,
  K_1004,
  K_1005,
  K_1006,
  K_1007,
  K_1008,
  K_SPOT_1008,
  K_1010,
  K_1011,
  K_1014,
  K_1015,
  K_1016,
  K_1020,
  K_1021,
  K_1022,
  K_1023,
  K_1099,
  K_1033,
  K_1034,
  K_1035,
];

export default knowledge;
