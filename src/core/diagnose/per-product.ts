/**
 * Text that follows the finding's product. Knowledge written once for several products names USD-M's
 * endpoints (often with the others in brackets: "GET /fapi/v1/order (COIN-M /dapi/v1/order, Spot /api/v3/order)");
 * for another product each endpoint becomes that product's, a sentence about an endpoint the product lacks is
 * left out, and where a sentence contrasts products the other product's endpoint is named in words.
 */
import type { Cause, Fix } from '../knowledge/types';
import type { Product } from '../types';

/** The API families whose endpoints differ. */
export type Api = 'usdm' | 'coinm' | 'spot' | 'pm';

/** The API family of a product (null: no endpoints of its own to rewrite to). */
export function apiOf(p: Product | null): Api | null {
  if (p === 'usdm' || p === 'coinm' || p === 'pm') return p;
  if (p === 'spot' || p === 'sapi' || p === 'us' || p === 'wsapi' || p === 'link') return 'spot';
  return null;
}

// NOTE: one row per endpoint: its paths on USD-M (every version), COIN-M, Spot and Portfolio Margin ('' = none there).
const ROWS: [string[], string, string, string][] = [
  [['/fapi/v1/order'], '/dapi/v1/order', '/api/v3/order', '/papi/v1/um/order'],
  [['/fapi/v1/order/test'], '', '/api/v3/order/test', ''],
  [['/fapi/v1/openOrders'], '/dapi/v1/openOrders', '/api/v3/openOrders', '/papi/v1/um/openOrders'],
  [['/fapi/v1/openOrder'], '/dapi/v1/openOrder', '/api/v3/openOrders', '/papi/v1/um/openOrder'],
  [['/fapi/v1/allOrders'], '/dapi/v1/allOrders', '/api/v3/allOrders', '/papi/v1/um/allOrders'],
  [['/fapi/v1/allOpenOrders'], '/dapi/v1/allOpenOrders', '/api/v3/openOrders', '/papi/v1/um/allOpenOrders'],
  [['/fapi/v1/userTrades'], '/dapi/v1/userTrades', '/api/v3/myTrades', '/papi/v1/um/userTrades'],
  [['/fapi/v1/exchangeInfo'], '/dapi/v1/exchangeInfo', '/api/v3/exchangeInfo', '/fapi/v1/exchangeInfo'],
  [['/fapi/v1/time'], '/dapi/v1/time', '/api/v3/time', '/fapi/v1/time'],
  [['/fapi/v1/ping'], '/dapi/v1/ping', '/api/v3/ping', '/papi/v1/ping'],
  [['/fapi/v1/depth'], '/dapi/v1/depth', '/api/v3/depth', '/fapi/v1/depth'],
  [['/fapi/v1/trades'], '/dapi/v1/trades', '/api/v3/trades', '/fapi/v1/trades'],
  [['/fapi/v1/aggTrades'], '/dapi/v1/aggTrades', '/api/v3/aggTrades', '/fapi/v1/aggTrades'],
  [['/fapi/v1/klines'], '/dapi/v1/klines', '/api/v3/klines', '/fapi/v1/klines'],
  [['/fapi/v1/ticker/24hr'], '/dapi/v1/ticker/24hr', '/api/v3/ticker/24hr', '/fapi/v1/ticker/24hr'],
  [['/fapi/v1/ticker/price', '/fapi/v2/ticker/price'], '/dapi/v1/ticker/price', '/api/v3/ticker/price', '/fapi/v2/ticker/price'],
  [['/fapi/v1/listenKey'], '/dapi/v1/listenKey', '/api/v3/userDataStream', '/papi/v1/listenKey'],
  [['/fapi/v2/balance', '/fapi/v3/balance'], '/dapi/v1/balance', '/api/v3/account', '/papi/v1/balance'],
  [['/fapi/v2/account', '/fapi/v3/account'], '/dapi/v1/account', '/api/v3/account', '/papi/v1/um/account'],
  [['/fapi/v2/positionRisk', '/fapi/v3/positionRisk'], '/dapi/v1/positionRisk', '', '/papi/v1/um/positionRisk'],
  [['/fapi/v1/positionSide/dual'], '/dapi/v1/positionSide/dual', '', '/papi/v1/um/positionSide/dual'],
  [['/fapi/v1/leverage'], '/dapi/v1/leverage', '', '/papi/v1/um/leverage'],
  [['/fapi/v1/marginType'], '/dapi/v1/marginType', '', ''],
  [['/fapi/v1/leverageBracket'], '/dapi/v2/leverageBracket', '', '/papi/v1/um/leverageBracket'],
  [['/fapi/v1/premiumIndex'], '/dapi/v1/premiumIndex', '', '/fapi/v1/premiumIndex'],
  [['/fapi/v1/batchOrders'], '/dapi/v1/batchOrders', '', ''],
  [['/fapi/v1/positionMargin'], '/dapi/v1/positionMargin', '', ''],
  [['/fapi/v1/countdownCancelAll'], '/dapi/v1/countdownCancelAll', '', ''],
  [['/fapi/v1/income'], '/dapi/v1/income', '', '/papi/v1/um/income'],
  [['/fapi/v1/rateLimit/order'], '', '/api/v3/rateLimit/order', '/papi/v1/rateLimit/order'],
  [['/fapi/v1/algoOrder'], '', '', '/papi/v1/um/conditional/order'],
  [['/fapi/v1/openAlgoOrders', '/fapi/v1/algoOpenOrders'], '', '', '/papi/v1/um/conditional/openOrders'],
];

const INDEX = new Map<string, number>();
ROWS.forEach(([usdm, coinm, spot, pm], i) => {
  for (const p of [...usdm, coinm, spot, pm]) if (p !== '' && !INDEX.has(p)) INDEX.set(p, i);
});
const COLUMN: Record<Api, number> = { usdm: 0, coinm: 1, spot: 2, pm: 3 };

const PATH = /\/(?:fapi|dapi|papi|api|sapi|eapi)\/v\d+\/[A-Za-z0-9/]*[A-Za-z0-9]/g;
const NAMES: Record<string, string> = { fapi: 'USD-M Futures', dapi: 'COIN-M Futures', papi: 'Portfolio Margin', api: 'Spot', sapi: 'Spot (SAPI)', eapi: 'Options' };
const LABELS: Record<string, Api> = { 'USD-M': 'usdm', 'COIN-M': 'coinm', Spot: 'spot', PM: 'pm', 'Portfolio Margin': 'pm' };

/** The API a path belongs to (null for the wallet's SAPI and Options, which every product's users call alike). */
export function apiOfPath(path: string): Api | null {
  const head = path.split('/')[1] ?? '';
  return head === 'fapi' ? 'usdm' : head === 'dapi' ? 'coinm' : head === 'papi' ? 'pm' : head === 'api' ? 'spot' : null;
}

/** The same endpoint on another API ('' when it has none there); a path we do not know maps to itself only on its own API. */
export function mapPath(path: string, to: Api): string {
  const from = apiOfPath(path);
  if (from === to || from == null) return path;
  const row = INDEX.get(path);
  if (row === undefined) return '';
  const r = ROWS[row];
  if (r === undefined) return '';
  const v = to === 'usdm' ? r[0][0] : r[COLUMN[to]];
  return typeof v === 'string' ? v : '';
}

/** An endpoint in words, for a sentence that contrasts products: "USD-M Futures’ order endpoint". */
const inWords = (path: string): string => {
  const [, api = '', , ...rest] = path.split('/');
  return `the ${NAMES[api] ?? api} ${rest.join('/')} endpoint`;
};

const ITEM = /^(?:(USD-M|COIN-M|Spot|PM|Portfolio Margin|futures)\s*:?\s*)?(?:(GET|POST|PUT|DELETE)\s+)?(\/(?:fapi|dapi|papi|api|sapi|eapi)\/v\d+\/[\w/]+)$/;
const ALTERNATIVES = /(\s*)\(([^()]*\/(?:fapi|dapi|papi|api|sapi|eapi)\/[^()]*)\)/g;
const BEFORE_PATH = /\/(?:fapi|dapi|papi|api|sapi|eapi)\/v\d+\/[\w/]*\w\s*$/;

/** Brackets that only list the same endpoint on other products: the target's replaces the endpoint before them. */
function resolveAlternatives(text: string, to: Api): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(ALTERNATIVES)) {
    const parts = (m[2] ?? '').split(/\s*(?:,|;|\bor\b|\band\b)\s*/).filter((p) => p !== '');
    const items = parts.map((p) => ITEM.exec(p));
    if (items.length === 0 || items.some((x) => x == null)) continue;
    let before = text.slice(last, m.index);
    const labelled = items.some((x) => x?.[1] !== undefined);
    // NOTE: brackets holding one unlabelled endpoint, not after another, are a reference: mapped like any path.
    if (!BEFORE_PATH.test(before) && !labelled) continue;
    const mine = items.find((x) => x != null && (x[1] !== undefined && x[1] !== 'futures' ? LABELS[x[1]] === to : apiOfPath(x[3] ?? '') === to));
    // The endpoint the brackets give alternatives for: the one just before them, else the sentence's last one before them.
    const main = [...before.matchAll(PATH)].at(-1);
    if (main?.index !== undefined && mine?.[3] !== undefined) before = `${before.slice(0, main.index)}${mine[3]}${before.slice(main.index + main[0].length)}`;
    else if (main === undefined && mine?.[3] !== undefined) before += ` (${mine[2] !== undefined ? `${mine[2]} ` : ''}${mine[3]})`;
    out += before;
    last = (m.index ?? 0) + m[0].length;
  }
  return out + text.slice(last);
}

/** Words that name a product other than the target: a sentence with one contrasts products. */
const OTHER_PRODUCTS: Record<Api, RegExp> = {
  spot: /\b(?:USD-?M|COIN-?M|[Ff]utures|Portfolio Margin)\b/,
  usdm: /\b(?:COIN-?M|Spot|Portfolio Margin|Binance\.US)\b/,
  coinm: /\b(?:USD-?M|Spot|Portfolio Margin|Binance\.US)\b/,
  pm: /\b(?:COIN-?M|Spot|Binance\.US)\b/,
};
const HOSTS: Record<Api, string> = { usdm: 'fapi.binance.com', coinm: 'dapi.binance.com', spot: 'api.binance.com', pm: 'papi.binance.com' };
const HOST = /\b(?:fapi|dapi|papi|api)\.binance\.com\b/g;

/** Every endpoint of a text mapped to the API; null when one has no counterpart there. */
function mapAll(text: string, to: Api): string | null {
  let missing = false;
  const out = text.replace(PATH, (p) => {
    const q = mapPath(p, to);
    if (q === '') missing = true;
    return q;
  });
  return missing ? null : out;
}

/** One sentence for another API: null when it names an endpoint that API does not have. */
export function retargetSentence(s: string, to: Api): string | null {
  const text = resolveAlternatives(s, to);
  const paths = [...text.matchAll(PATH)].map((m) => m[0]);
  const apis = new Set(paths.map(apiOfPath).filter((a) => a != null));
  const contrast = apis.size > 1 || OTHER_PRODUCTS[to].test(text.replace(PATH, ''));
  if (contrast) return text.replace(PATH, (p) => (apiOfPath(p) === to || apiOfPath(p) == null ? p : inWords(p)));
  const mapped = mapAll(text, to);
  if (mapped == null) return null;
  const hosted = mapped.replace(HOST, HOSTS[to]);
  return to === 'spot' ? hosted.replace(/\bORDER_TRADE_UPDATE\b/g, 'executionReport').replace(/\bACCOUNT_UPDATE\b/g, 'outboundAccountPosition') : hosted;
}

const SENTENCES = /(?<=[.;!?])(?<!\be\.g\.)(?<!\bi\.e\.)\s+(?=\S)/;

/** A text for another API, sentence by sentence; null when nothing of it is left. */
export function retargetText(text: string, to: Api): string | null {
  if (!/\/(?:fapi|dapi|papi|api|sapi)\/|(?:fapi|dapi|papi)\.binance|\(Spot: |ORDER_TRADE_UPDATE|ACCOUNT_UPDATE/.test(text)) return text;
  const spotWord = text.replace(/(\S+) \(Spot: ([^)]+)\)/g, (_m, a: string, b: string) => (to === 'spot' ? b : a));
  const all = spotWord.split(SENTENCES).map((s) => retargetSentence(s, to));
  // NOTE: a clause kept before one left out ends the sentence there ("…; [left out]" → "….").
  const kept = all.flatMap((s, i) => (s == null || s.trim() === '' ? [] : [all[i + 1] == null && i + 1 < all.length ? s.replace(/;$/, '.') : s]));
  return kept.length === 0 ? null : kept.join(' ');
}

/** Code that only works against the futures APIs: its library's futures client, or futures-only parameters. */
const FUTURES_CODE = /\bbinance(?:usdm|coinm)\b|\b(?:UM|CM)Futures\b|DerivativesTrading|\bfutures_\w+\(|\b[fd]apiP(?:rivate|ublic)|defaultType['"]?\s*[:=]\s*['"](?:future|swap|delivery)|\b(?:positionSide|reduceOnly|closePosition|dualSidePosition)\b/;

/** COIN-M's names for USD-M's clients and methods. */
const TO_COINM: [RegExp, string][] = [
  [/\bbinanceusdm\b/g, 'binancecoinm'],
  [/\bUMFutures\b/g, 'CMFutures'],
  [/\bum_futures\b/g, 'cm_futures'],
  [/\bfapiP(rivate|ublic)/g, 'dapiP$1'],
  [/\bfutures_(?!coin_)(\w+)\(/g, 'futures_coin_$1('],
];

/** Code for another API: endpoints, hosts and the futures client's names; null when it needs what the API lacks (Spot: any futures client). */
export function retargetCode(code: string, to: Api): string | null {
  if (to === 'spot' && FUTURES_CODE.test(code)) return null;
  const mapped = mapAll(code, to);
  if (mapped == null) return null;
  let out = mapped.replace(HOST, HOSTS[to]);
  if (to === 'coinm') for (const [re, by] of TO_COINM) out = out.replace(re, by);
  return out;
}

/** Futures-only notions: a cause about one of them does not happen on Spot (unless it contrasts the products). */
const FUTURES_ONLY = /\b(?:positionSide|reduceOnly|closePosition|dualSidePosition|hedge mode|position mode|Algo Order|algo order|algoOrder)\b/i;

/** Can the cause happen on this API: its own list of products, else not a futures-only notion on Spot. */
export function causeApplies(c: Cause, product: Product, to: Api): boolean {
  if (c.products !== undefined) return c.products.includes(product);
  return !(to === 'spot' && FUTURES_ONLY.test(c.title) && !OTHER_PRODUCTS.spot.test(c.title) && !/\bSpot\b/.test(c.title));
}

/** A text that must stay (a meaning, a question): retargeted, or with the other products' endpoints in words. */
export function retargetKept(text: string, to: Api): string {
  return retargetText(text, to) ?? text.replace(PATH, (p) => (apiOfPath(p) === to || apiOfPath(p) == null ? p : inWords(p)));
}

function retargetFix(f: Fix, to: Api): Fix | null {
  const title = retargetText(f.title, to);
  const steps = f.steps.map((s) => retargetText(s, to)).filter((s): s is string => s != null);
  if (title == null || steps.length === 0) return null;
  const out: Fix = { ...f, title, steps };
  if (f.confirm !== undefined) {
    const path = mapPath(f.confirm.path, to);
    const look = retargetText(f.confirm.look, to);
    if (path === '' || look == null) delete out.confirm;
    else out.confirm = { ...f.confirm, path, look };
  }
  if (f.snippets !== undefined) {
    const snippets = f.snippets.flatMap((s) => {
      const code = retargetCode(s.code, to);
      const template = s.template === undefined ? undefined : retargetCode(s.template, to);
      if (code == null || template == null) return [];
      return [template === undefined ? { ...s, code } : { ...s, code, template }];
    });
    if (snippets.length > 0) out.snippets = snippets;
    else delete out.snippets;
  }
  return out;
}

/** The causes for another API: each text retargeted; a cause or fix about an endpoint the API lacks is left out. */
export function retargetCauses(causes: readonly Cause[], to: Api): Cause[] {
  return causes.flatMap((c) => {
    const title = retargetText(c.title, to);
    const why = retargetText(c.why, to);
    const fixes = c.fixes.map((f) => retargetFix(f, to)).filter((f): f is Fix => f != null);
    return title == null || why == null || fixes.length === 0 ? [] : [{ ...c, title, why, fixes }];
  });
}
