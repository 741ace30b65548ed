/** Evidence in a paste: product, client library, endpoint, request parameters, times and headers, each with its line. */
import type { Evidence, Library, Product, RequestParams } from '../types';
import { anyOf } from '../text/any-of';

/** One fact read from one line. */
export interface EvidenceItem {
  line: number;
  kind: 'product' | 'library' | 'endpoint' | 'method' | 'status' | 'param' | 'serverTime' | 'header' | 'time';
  key: string;
  value: string;
  weight: number;
  reason: string;
}

/** Quick test for lines that may carry evidence (anything cheaper than the full scan). */
export const EVIDENCE_HINT =
  /binance|[fdp]api|\/api\/v3|sapi|symbol|x-mbx|retry-after|servertime|ccxt|futures_|um_?futures|cm_?futures|recvwindow|positionside|reduceonly|quantity|newclientorderid|traceback|node_modules|\.py"|exception|\bat [\w.$<>]+\(|curl |http\/\d|(?:get|post|put|delete) \/|leverage|margintype/i;

const PRODUCT_RULES: [RegExp, Product, number, string][] = [
  [/\bfapi(?:\.binance\.com|\/v\d)|\/fapi\//i, 'usdm', 5, 'a USD-M endpoint (fapi)'],
  [/\bdapi(?:\.binance\.com|\/v\d)|\/dapi\//i, 'coinm', 5, 'a COIN-M endpoint (dapi)'],
  [/\bpapi(?:\.binance\.com|\/v\d)|\/papi\//i, 'pm', 5, 'a Portfolio Margin endpoint (papi)'],
  [/\/api\/v3\/|\/sapi\/v\d|api\d?\.binance\.com\/api|testnet\.binance\.vision/i, 'spot', 5, 'a Spot endpoint (api/v3 or sapi)'],
  [/\b(?:futures_coin_\w+|dapi(?:Private|Public)\w*|binancecoinm|CMFutures|cm_futures|coin_margined|COIN-M)\b/i, 'coinm', 3, 'a COIN-M client method or class'],
  [/\b(?:futures_(?!coin_)\w+|fapi(?:Private|Public)\w*|binanceusdm|UMFutures|um_futures|usds?_margined|usds?-?m\b|defaultType['"]?\s*[:=]\s*['"](?:future|swap)|DerivativesTradingUsdsFutures|UsdFuturesApi|NewFuturesClient|futures\.NewClient)/i, 'usdm', 3, 'a USD-M client method or class'],
  [/\b(?:papi\w+|PortfolioMargin\w*)\b/, 'pm', 3, 'a Portfolio Margin client method or class'],
  [/\b(?:create_margin_order|order_market_buy|order_limit_sell|order_limit_buy|order_market_sell|create_test_order|sapi\w+|SpotApi|SpotRestClient|defaultType['"]?\s*[:=]\s*['"]spot)/i, 'spot', 3, 'a Spot client method'],
  [/\b[A-Z]{2,10}USD_(?:PERP|\d{6})\b/, 'coinm', 2, 'a COIN-M symbol (…USD_PERP or …USD_yymmdd)'],
  [/\bFilter failure: |NEW_ORDER_REJECTED|Account has insufficient balance for requested action/, 'spot', 2, 'a Spot-only message'],
  [/\b(?:positionSide|reduceOnly|closePosition|markPrice|MARGIN_NOT_SUFFICIEN|dualSidePosition)\b/, 'usdm', 1, 'futures-only parameters'],
];

const LIBRARY_RULES: [RegExp, Library, string][] = [
  [/binance\.exceptions|BinanceAPIException|python-binance|from binance\.client|binance\.client\.Client|APIError\(code=-?\d+\)/, 'python-binance', 'python-binance’s BinanceAPIException / APIError'],
  [/ccxt[\\/]base|ccxt\.base\.errors|\bccxt\.(?:async_support\.)?\w+|import ccxt|node_modules[\\/]ccxt|require\(['"]ccxt|from ['"]ccxt/, 'ccxt-python', 'ccxt'],
  [/\bbinance(?:usdm|coinm)? \{"code"/, 'ccxt-python', 'ccxt’s “binance {…}” message'],
  [/binance\.error\.(?:ClientError|ServerError)|ClientError\(\d{3},\s*-?\d+|from binance\.(?:um_futures|cm_futures|spot)|binance\.um_futures|binance_futures_connector|binance-futures-connector|binance-connector-python/, 'connector-python', 'binance-connector (Python)'],
  [/@binance\/(?:connector|derivatives|spot|common)|binance-connector-(?:js|node)|derivatives-trading-usds-futures|ConnectorClientError/, 'connector-js', 'binance-connector (JavaScript)'],
  [/node-binance-api/, 'node-binance-api', 'node-binance-api'],
  [/binance-api-node/, 'binance-api-node', 'binance-api-node'],
  [/<APIError> code=|adshao\/go-binance|go-binance|\.go:\d+/, 'go-binance', 'go-binance’s <APIError>'],
  [/Binance\.Net|CryptoExchange\.Net|BinanceRestClient|BinanceSocketClient|\bat .+\.cs:line \d+/, 'binance-net', 'Binance.Net'],
  [/com\.binance\.(?:connector|api)|BinanceClientException|BinanceConnectorException|BinanceApiException|\bat [\w.$]+\([\w]+\.java:\d+\)/, 'java-connector', 'a Java client'],
  [/\bfreqtrade\b/, 'freqtrade', 'freqtrade'],
  [/\bhummingbot\b/, 'hummingbot', 'hummingbot'],
  [/^\s*(?:\$ )?curl\s/, 'curl', 'a curl command'],
];

const PARAM_NAMES: (keyof RequestParams)[] = [
  'symbol', 'side', 'type', 'positionSide', 'reduceOnly', 'closePosition', 'quantity', 'price', 'stopPrice',
  'recvWindow', 'timestamp', 'newClientOrderId', 'timeInForce', 'leverage', 'marginType',
];
const PARAM_RE = new RegExp(
  `(?:^|[^\\w])(${PARAM_NAMES.join('|')}|origClientOrderId|clientOrderId|amount|qty)["']?\\s*(?:=|:|=>)\\s*["']?([\\w.:/\\-]{1,64})`,
  'gi',
);
const CANONICAL = new Map<string, keyof RequestParams>([
  ...PARAM_NAMES.map((p) => [p.toLowerCase(), p] as [string, keyof RequestParams]),
  ['origclientorderid', 'newClientOrderId'],
  ['clientorderid', 'newClientOrderId'],
  ['amount', 'quantity'],
  ['qty', 'quantity'],
]);
const ENUM_PARAMS = new Set<keyof RequestParams>(['side', 'type', 'positionSide', 'timeInForce', 'marginType']);
const NUMERIC_PARAMS = new Set<keyof RequestParams>(['quantity', 'price', 'stopPrice', 'recvWindow', 'timestamp', 'leverage']);

const ENDPOINT_RE = /(?:(GET|POST|PUT|DELETE)\s+(?:https?:\/\/[\w.-]+)?|https?:\/\/[\w.-]*binance[\w.-]*)(\/(?:fapi|dapi|papi|api|sapi|eapi)\/v\d+\/[\w/]+)/i;
const BARE_ENDPOINT_RE = /(?:^|[\s"'(])(\/(?:fapi|dapi|papi|sapi)\/v\d+\/[A-Za-z/]+|\/api\/v3\/[A-Za-z/]+)/;
const SERVER_TIME_RE = /["']?serverTime["']?\s*[:=]\s*(\d{13})/;
const HEADER_RE = /\b(x-mbx-used-weight(?:-\d+[smhd])?|x-mbx-order-count-\d+[smhd]|retry-after|x-sapi-used-ip-weight-\d+[smhd])["']?\s*[:=]\s*["']?(\d+)/gi;
/** A log timestamp at the start of a line (after at most three non-word characters such as `[`). */
const LOG_TIME = String.raw`^\W{0,3}(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,6})?(?:Z|[+-]\d\d:?\d\d)?)`;
const LOG_TIME_RE = new RegExp(LOG_TIME);
/** The same, with what closes it and the blanks after it: the part of a line that is only its time. */
const LOG_PREFIX_RE = new RegExp(String.raw`${LOG_TIME}\]?[ \t]+`);

const ENUM_VALUE = /^[A-Z_]{2,}$/;
const NUMERIC_VALUE = /^-?\d+(?:\.\d+)?$/;
const SYMBOL_VALUE = /^[A-Z0-9]{4,20}(?:_[A-Z0-9]{4,8})?$/;
const BOOLEAN_VALUE = /^(?:true|false)$/i;
const CCXT_JS_RE = /node_modules|\.js:\d+|\.ts:\d+|require\(|from ['"]ccxt|at \w+ \(|\bat async\b/;
const JS_RUNTIME_RE = /node_modules[\\/]|\bat (?:async )?[\w.$<>]+ \(.*\.[cm]?js:\d+/;
const PY_RUNTIME_RE = /^\s*File ".+\.py", line \d+|Traceback \(most recent call last\)/;
const METHOD_RE = /\b(?:method\s*[=:]\s*["']?)(GET|POST|PUT|DELETE)\b/i;
const ANY_PRODUCT = anyOf(PRODUCT_RULES.map(([re]) => re));
const ANY_LIBRARY = anyOf(LIBRARY_RULES.map(([re]) => re));
const ANY_OTHER = anyOf([JS_RUNTIME_RE, PY_RUNTIME_RE, ENDPOINT_RE, BARE_ENDPOINT_RE, METHOD_RE]);

/** Reads every evidence item from one (normalised) line. */
export function evidenceFromLine(line: string, lineNo: number, out: EvidenceItem[], hinted = false): void {
  if (!hinted && !EVIDENCE_HINT.test(line)) return;
  // NOTE: most evidence lines match no product, library or endpoint rule; one combined test skips them.
  if (ANY_PRODUCT.test(line)) {
    for (const [re, product, weight, reason] of PRODUCT_RULES) {
      if (re.test(line)) out.push({ line: lineNo, kind: 'product', key: product, value: product, weight, reason });
    }
  }
  if (ANY_LIBRARY.test(line)) {
    for (const [re, lib, reason] of LIBRARY_RULES) {
      if (re.test(line)) {
        let library = lib;
        if (lib === 'ccxt-python' && CCXT_JS_RE.test(line)) library = 'ccxt-js';
        out.push({ line: lineNo, kind: 'library', key: library, value: library, weight: 1, reason });
      }
    }
  }
  if (ANY_OTHER.test(line)) otherEvidence(line, lineNo, out);
  paramEvidence(line, lineNo, out);
}

/** Runtimes, endpoint, method, server time and headers. */
function otherEvidence(line: string, lineNo: number, out: EvidenceItem[]): void {
  if (JS_RUNTIME_RE.test(line)) out.push({ line: lineNo, kind: 'library', key: 'js-runtime', value: 'js', weight: 0, reason: 'a JavaScript stack trace' });
  if (PY_RUNTIME_RE.test(line)) out.push({ line: lineNo, kind: 'library', key: 'py-runtime', value: 'py', weight: 0, reason: 'a Python traceback' });
  const ep = ENDPOINT_RE.exec(line) ?? BARE_ENDPOINT_RE.exec(line);
  if (ep) {
    const path = (ep.length > 2 ? ep[2] : ep[1]) ?? '';
    out.push({ line: lineNo, kind: 'endpoint', key: 'endpoint', value: path.replace(/\/+$/, ''), weight: 1, reason: '' });
    if (ep.length > 2 && ep[1] !== undefined) out.push({ line: lineNo, kind: 'method', key: 'method', value: ep[1].toUpperCase(), weight: 1, reason: '' });
  }
  const method = METHOD_RE.exec(line);
  if (method?.[1] !== undefined) out.push({ line: lineNo, kind: 'method', key: 'method', value: method[1].toUpperCase(), weight: 1, reason: '' });
}

/** Request parameters. */
function paramEvidence(line: string, lineNo: number, out: EvidenceItem[]): void {
  PARAM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARAM_RE.exec(line)) != null) {
    const key = CANONICAL.get((m[1] ?? '').toLowerCase());
    const value = m[2] ?? '';
    if (key === undefined || value === '') continue;
    if (ENUM_PARAMS.has(key) && !ENUM_VALUE.test(value)) continue;
    if (NUMERIC_PARAMS.has(key) && !NUMERIC_VALUE.test(value)) continue;
    if (key === 'symbol' && !SYMBOL_VALUE.test(value)) continue;
    if ((key === 'reduceOnly' || key === 'closePosition') && !BOOLEAN_VALUE.test(value)) continue;
    out.push({ line: lineNo, kind: 'param', key, value, weight: 1, reason: '' });
  }
  const st = SERVER_TIME_RE.exec(line);
  if (st?.[1] !== undefined) out.push({ line: lineNo, kind: 'serverTime', key: 'serverTime', value: st[1], weight: 1, reason: '' });
  HEADER_RE.lastIndex = 0;
  while ((m = HEADER_RE.exec(line)) != null) {
    if (m[1] !== undefined && m[2] !== undefined) out.push({ line: lineNo, kind: 'header', key: m[1].toLowerCase(), value: m[2], weight: 1, reason: '' });
  }
}

/**
 * The length of the log timestamp a line starts with (with its closing bracket and the blanks after it),
 * or 0. That prefix is the line's time, not part of what it reports.
 */
export function logPrefixLength(line: string): number {
  // NOTE: most log lines that hold no timestamp start with a letter, which the pattern's \W{0,3}\d rules out.
  const c = line.charCodeAt(0) | 32;
  if (c >= 97 && c <= 122) return 0;
  return LOG_PREFIX_RE.exec(line)?.[0].length ?? 0;
}

/** The log timestamp a line starts with, if any. */
export function logTimeOf(line: string): string | null {
  const t = LOG_TIME_RE.exec(line);
  return t?.[1] ?? null;
}

/** An evidence object with nothing in it. */
export function emptyEvidence(): Evidence {
  return {
    product: null,
    productConfidence: 0,
    productReasons: [],
    library: null,
    libraryReason: null,
    endpoint: null,
    method: null,
    httpStatus: null,
    params: {},
    paramLines: {},
    serverTime: null,
    headers: {},
    logTimes: [],
  };
}

/** Folds evidence items (in line order) into one Evidence; `near` prefers items closest to that line. */
export function foldEvidence(items: readonly EvidenceItem[], near?: number): Evidence {
  const ev = emptyEvidence();
  const ordered = near === undefined ? items : [...items].sort((a, b) => Math.abs(a.line - near) - Math.abs(b.line - near));
  const votes = new Map<Product, { weight: number; reasons: string[] }>();
  let sawJs = false;
  let sawPy = false;
  const libs: EvidenceItem[] = [];
  for (const it of ordered) {
    switch (it.kind) {
      case 'product': {
        const v = votes.get(it.key as Product) ?? { weight: 0, reasons: [] };
        v.weight += it.weight;
        if (v.reasons.length < 3 && !v.reasons.some((x) => x.startsWith(it.reason))) v.reasons.push(`${it.reason} on line ${it.line}`);
        votes.set(it.key as Product, v);
        break;
      }
      case 'library':
        if (it.key === 'js-runtime') sawJs = true;
        else if (it.key === 'py-runtime') sawPy = true;
        else libs.push(it);
        break;
      case 'endpoint':
        ev.endpoint ??= it.value;
        break;
      case 'method':
        ev.method ??= it.value;
        break;
      case 'param': {
        const k = it.key as keyof RequestParams;
        if (ev.params[k] === undefined) {
          ev.params[k] = it.value;
          ev.paramLines[k] = it.line;
        }
        break;
      }
      case 'serverTime':
        ev.serverTime ??= Number(it.value);
        break;
      case 'header':
        ev.headers[it.key] ??= it.value;
        break;
      case 'time':
        break;
      case 'status':
        ev.httpStatus ??= Number(it.value);
        break;
    }
  }
  const times = items.filter((i) => i.kind === 'time');
  const first = times[0];
  const last = times.at(-1);
  if (first !== undefined) ev.logTimes = last !== undefined && last !== first ? [first.value, last.value] : [first.value];
  const ranked = [...votes].sort((a, b) => b[1].weight - a[1].weight);
  const top = ranked[0];
  if (top !== undefined) {
    const total = ranked.reduce((n, [, v]) => n + v.weight, 0);
    ev.product = top[0];
    ev.productConfidence = Math.round(Math.min(0.99, (top[1].weight / total) * Math.min(1, 0.5 + top[1].weight / 10)) * 100) / 100;
    ev.productReasons = top[1].reasons;
  }
  const lib = libs[0];
  if (lib !== undefined) {
    let library = lib.key as Library;
    if (library === 'ccxt-python' && sawJs && !sawPy) library = 'ccxt-js';
    if (library === 'ccxt-js' && sawPy && !sawJs) library = 'ccxt-python';
    ev.library = library;
    ev.libraryReason = `${lib.reason} on line ${lib.line}`;
  }
  return ev;
}
