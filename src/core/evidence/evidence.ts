/** Evidence in a paste: product, client library, endpoint, request parameters, times and headers, each with its line. */
import type { Evidence, Library, Product, RequestParams } from '../types';
import { anyOf } from '../text/any-of';
import { HOST_WORDS, OTHER_WORDS, PRODUCT_RULES, SYMBOL_GATE, WEIGHT } from './product-rules';
import { errorScores, leanOf, mixedProducts, pasteScores, type ProductScores } from './product-votes';
import { inScope, type RequestScope } from './request-scope';

/** One fact read from one line. */
export interface EvidenceItem {
  line: number;
  kind: 'product' | 'library' | 'endpoint' | 'method' | 'status' | 'param' | 'serverTime' | 'header' | 'time';
  key: string;
  value: string;
  weight: number;
  reason: string;
  /** A product item's products (one, or a group such as the futures); `key` is the first. */
  products?: readonly Product[];
  /** A product item from a method name ccxt has too: void where the paste is ccxt's. */
  notCcxt?: true;
}

/** Quick test for lines that may carry evidence (anything cheaper than the full scan). */
// NOTE: grouped by first letter: one alternation with a distinct first character per branch is scanned about as fast as the
// old, shorter list; a flat list of this many words took twice as long over a long log's windows.
export const EVIDENCE_HINT =
  /a(?:ccount|sync)|\bat [\w.$<>]+\(|b(?:inance|uy\()|c(?:cxt|url |lient|oinm|onvert|allbackrate)|d(?:elivery|efaulttype|elete \/|api)|e(?:xception|api)|f(?:utures|ilter failure|api)|g(?:et_|et \/)|http\/\d|insufficient balance|l(?:everage|ending|oan)|m(?:argin|ining|g[a-z]\w*\()|n(?:ode_modules|ewclientorderid|eworderresptype)|o(?:rder_|ptions_|rderid)|p(?:osition|riceprotect|ortfolio|ost \/|ut \/|api)|q(?:uantity|uoteorderqty)|r(?:etry-after|ecvwindow|educeonly)|s(?:ymbol|ervertime|pot|taking|imple_earn|avings|uccess|ell\(|api)|t(?:raceback|ransfer)|usd(?:m|t?_\d)|vapi|w(?:ithdraw|allet|orkingtype)|x-mbx|_(?:order|api|perp)|\/(?:api\/v3|usd|btc|eth|bnb|eur|try|fdusd)|\.py"|-(?:>|m\b|\d{6}-)|20\d ok/i;

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
/** A line that reports a request that succeeded: another request than a failed one near it (tested only where an error's surroundings are read). */
export const SUCCEEDED = /\bHTTP\/\d(?:\.\d)?\s+2\d\d\b|\b2\d\d OK\b|\bstatus(?:[ _]?code)?["']?\s*[:=]\s*["']?2\d\d\b|["']orderId["']\s*:\s*\d|\border (?:placed|filled|created|sent)\b|\bsuccess(?:ful(?:ly)?)?\b/i;
const ANY_LIBRARY = anyOf(LIBRARY_RULES.map(([re]) => re));
const ANY_OTHER = anyOf([JS_RUNTIME_RE, PY_RUNTIME_RE, ENDPOINT_RE, BARE_ENDPOINT_RE, METHOD_RE]);

/** Reads every evidence item from one (normalised) line. */
export function evidenceFromLine(line: string, lineNo: number, out: EvidenceItem[], hinted = false): void {
  if (!hinted && !EVIDENCE_HINT.test(line)) return;
  namedEvidence(line, lineNo, out);
  if (ANY_OTHER.test(line)) otherEvidence(line, lineNo, out);
  paramEvidence(line, lineNo, out);
}

/** The product and library items of one line. */
function namedEvidence(line: string, lineNo: number, out: EvidenceItem[]): void {
  // NOTE: most evidence lines match no product rule, and a price poll only an endpoint rule: cheap word tests skip the rest.
  const host = HOST_WORDS.test(line);
  const other = OTHER_WORDS.test(line);
  if (host || other) {
    const symbols = other && SYMBOL_GATE.test(line);
    for (const { re, products, weight, reason, notCcxt, symbol } of PRODUCT_RULES) {
      if (!(weight >= WEIGHT.endpoint ? host : other) || (symbol === true && !symbols) || !re.test(line)) continue;
      const key = products[0] ?? 'spot';
      const it: EvidenceItem = { line: lineNo, kind: 'product', key, value: key, weight, reason, products };
      if (notCcxt) it.notCcxt = true;
      out.push(it);
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
    endpointLine: null,
    method: null,
    methodLine: null,
    httpStatus: null,
    params: {},
    paramLines: {},
    serverTime: null,
    headers: {},
    logTimes: [],
  };
}

/** What the paste as a whole says about products, for the evidence of each error in it. */
export interface PasteProducts {
  /** The paste's product scores, or null where it mixes products (then it speaks for no one error). */
  scores: ProductScores | null;
  library: Library | null;
}

/** The scope of a point: the line alone is its block, every line its segment. */
const pointScope = (line: number): RequestScope => ({ line, blockFrom: line, blockTo: line, from: -Infinity, to: Infinity, others: new Set() });

/** Request facts nearest the error first: its line, its block, the lines before it in its segment, then after; none beyond its segment. */
function requestOrder(items: readonly EvidenceItem[], scope: RequestScope): EvidenceItem[] {
  const rank = (ln: number): number => {
    if (ln === scope.line) return 0;
    if (ln >= scope.blockFrom && ln <= scope.blockTo) return 1 + Math.abs(ln - scope.line) / 1e6;
    return ln < scope.line ? 2 + (scope.line - ln) / 1e6 : 3 + (ln - scope.line) / 1e6;
  };
  return items.filter((it) => inScope(scope, it.line)).map((it) => [rank(it.line), it] as const).sort((a, b) => a[0] - b[0]).map(([, it]) => it);
}

/**
 * Folds evidence items (in line order) into one Evidence. Without `near`, the paste's: the first of each
 * fact, the product its items point to unless they mix products. With `near` (a line, or an error's request
 * scope), an error's: request facts from its request's lines nearest first, none from beyond another
 * request or error; the product its nearby items point to, with `paste`'s share.
 */
export function foldEvidence(items: readonly EvidenceItem[], near?: number | RequestScope, paste?: PasteProducts): Evidence {
  const ev = emptyEvidence();
  const scope = typeof near === 'number' ? pointScope(near) : near;
  const ordered = scope === undefined ? items : requestOrder(items, scope);
  let sawJs = false;
  let sawPy = false;
  const libs: EvidenceItem[] = [];
  for (const it of ordered) {
    switch (it.kind) {
      case 'library':
        if (it.key === 'js-runtime') sawJs = true;
        else if (it.key === 'py-runtime') sawPy = true;
        else libs.push(it);
        break;
      case 'endpoint':
        if (ev.endpoint == null) {
          ev.endpoint = it.value;
          ev.endpointLine = it.line;
        }
        break;
      case 'method':
        if (ev.method == null) {
          ev.method = it.value;
          ev.methodLine = it.line;
        }
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
      case 'status':
        ev.httpStatus ??= Number(it.value);
        break;
      case 'product':
      case 'time':
        break;
    }
  }
  const times = items.filter((i) => i.kind === 'time');
  const first = times[0];
  const last = times.at(-1);
  if (first !== undefined) ev.logTimes = last !== undefined && last !== first ? [first.value, last.value] : [first.value];
  const lib = libs[0];
  if (lib !== undefined) {
    let library = lib.key as Library;
    if (library === 'ccxt-python' && sawJs && !sawPy) library = 'ccxt-js';
    if (library === 'ccxt-js' && sawPy && !sawJs) library = 'ccxt-python';
    ev.library = library;
    ev.libraryReason = `${lib.reason} on line ${lib.line}`;
  }
  const library = ev.library ?? paste?.library ?? null;
  // NOTE: the paste's own: `paste` (when given) carries its scores already weighed, null where it mixes products.
  const pasteWide = scope === undefined ? (paste === undefined ? (mixedProducts(items, library) ? null : pasteScores(items, library)) : paste.scores) : undefined;
  if (scope === undefined && pasteWide == null) {
    ev.productReasons = mixReasons(items);
    return ev;
  }
  const scores = pasteWide ?? errorScores(items, scope ?? pointScope(0), library, paste?.scores ?? null);
  setProduct(ev, scores);
  return ev;
}

/** The evidence's product: the one product its scores point to (a group such as "the futures" names none). */
function setProduct(ev: Evidence, scores: ProductScores): void {
  const lean = leanOf(scores);
  const top = lean.products[0];
  if (top === undefined || lean.products.length > 1) return;
  let total = 0;
  for (const v of scores.values()) total += v.score;
  const best = scores.get(top)?.score ?? 0;
  ev.product = top;
  ev.productConfidence = Math.round(Math.min(0.99, (best / total) * Math.min(1, 0.5 + best / 10)) * 100) / 100;
  ev.productReasons = lean.reasons;
}

/** Why a paste that mixes products names none: the first line of each. */
function mixReasons(items: readonly EvidenceItem[]): string[] {
  const seen = new Map<string, string>();
  for (const it of items) if (it.kind === 'product' && it.weight >= 3 && (it.products?.length ?? 1) === 1 && !seen.has(it.key)) seen.set(it.key, `${it.reason} on line ${it.line}`);
  return [`the paste mixes products: ${[...seen.values()].slice(0, 3).join('; ')}`];
}

/** A copy of an evidence object that shares nothing mutable with it. */
export function copyEvidence(ev: Evidence): Evidence {
  return { ...ev, productReasons: [...ev.productReasons], params: { ...ev.params }, paramLines: { ...ev.paramLines }, headers: { ...ev.headers }, logTimes: [...ev.logTimes] };
}
