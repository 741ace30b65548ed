/** Scans one line for Binance errors: coded bodies, catalogue messages, constant names, HTTP statuses. */
import { entriesForCode, entriesForName } from '../catalogue/index';
import type { CatalogueEntry } from '../catalogue/types';
import { captures, literalLength, matchAt, templatesForCode, type Template } from '../match/templates';
import { fuzzyMessages, groupsForLine, messagesAtStart, type FuzzyHit } from '../match/messages';
import { anyOf } from '../text/any-of';
import type { Product } from '../types';
import { positiveCodes } from './positive-codes';

/** One sighting of an error on one line, before it is tied to a product. */
export interface Signal {
  line: number;
  column: number;
  kind: 'code' | 'template' | 'name' | 'fuzzy' | 'http';
  code: number | null;
  httpStatus: number | null;
  httpVariant: string | null;
  /** The message as seen, if any. */
  message: string | null;
  /** Templates the message matched exactly (all products carrying that text). */
  templates: Template[];
  params: Record<string, string>;
  names: CatalogueEntry[];
  fuzzy: FuzzyHit[];
  /** The products a code can belong to where its surface says so (a WebSocket stream's 0–3); all with the code when absent. */
  only?: Product[];
  /** A coded error whose message (or constant name) belongs to another code: that code and its name. */
  conflict?: { code: number; name: string | null };
}

/** Cheap test: can this line hold an error at all? */
export const TRIGGER =
  /-\s?\d{4}|\d{4}\s*[:\]]|code|err|exception|fail|reject|invalid|denied|insufficient|too many|timestamp|signature|notional|precision|banned|illegal|mandatory|exceed|not supported|does not exist|unknown|restricted|forbidden|teapot|unavailable|throttl|bad request|not found|gateway|\b(?:40[0-4]|408|418|429|451|50[0-4])\b|[A-Z]{2,}_[A-Z]|filter|would|must|not (?:allowed|increased|valid|enough)|no need|reduce ?only|leverage|position side|margin|lower than|higher than|listenkey|api-key|permission/i;

/** Words that make a line read as an error report. */
export const ERROR_CONTEXT =
  /error|exception|fail|reject|invalid|denied|warn|binance|apierror|\bmsg\b|\bcode\b|traceback|refused|insufficient|not valid|timeout|too many|banned|forbidden|unauthori[sz]ed|\[-?\d{4}\]/i;

// NOTE: negative codes have 4 digits, or 5 on SAPI and its products (-10038, -11001, -12014, -13000, -18002, -20121, -21001, -27000).
const CODE_RE = /(?<![\w.+\-/])-\s?([1-9]\d{3,4})(?![\d.]|\s?%|-\d)|(?<![\w.+\-/])(5[1-9]\d{3})(?![\d.])|(?<![\w.+\-/:])([1-9]\d{3})(?![\d.%/-])/g;
// NOTE: a code without its minus needs a word key (`code`, `error`); brackets and pipes are enough only with a minus.
const STRONG_KEY = /(?:["']?(?:code|errorcode|error_?code|err_?code|errno|error code|error|err|returncode|ret_?code)["']?\]?\s*(?:[:=#]|=>|is)?\s*["']?|apierror\s*\(\s*code\s*=\s*)$/i;
const KEYED_BEFORE =
  /(?:["']?(?:code|errorcode|error_?code|err_?code|errno|error code|err|returncode|ret_?code)["']?\]?\s*(?:[:=]|=>|is)?\s*["']?|apierror\s*\(\s*code\s*=\s*|\[|\(|\{|\d{3}\s*,\s*|\|\s*|binance\w*\s*(?:error|exception)?\s*[:(]?\s*)$/i;
const EXCEPTION_MAP = /['"]-\d{4,5}['"]\s*:\s*[A-Z][A-Za-z]+(?:Error|Exception|Funds|Request|Order|Nonce|NotAvailable|Permission|Failed|Invalid|Denied|Forbidden|Unavailable|Busy)?\s*,/;
const MSG_KEY = /["']?(?:msg|message|errorMessage|error_message|errmsg)["']?\]?\s*(?:[:=]|=>)\s*(?:(["'])((?:(?!\1).){1,400})\1|([^"'{}\n][^\n]{0,300}))/gi;
const LEAD = /^[\s)\]}'"`:,|>=-]+/;
// binance-connector's ClientError tuple `(400, -1111, 'msg', {headers})`: the message ends at its quote.
const TUPLE_MSG = /^\s*,\s*(["'])((?:(?!\1).){1,400}?)\1\s*(?:[,)}\]]|$)/;
// A constant name written right after or right before a code: `-2019 MARGIN_NOT_SUFFICIEN`, `TOO_MANY_REQUESTS (-1003)`.
const NAME_NEXT = /^[)\]]?\s*[:|([-]?\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\b[)\]]?/;
const NAME_PREV = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\s*[:|([=-]?\s*$/;

const HTTP_RES: [RegExp, number | null][] = [
  [/HTTP\/\d(?:\.\d)?\s+(\d{3})\b/i, null],
  [/\b(?:status(?:[ _]?code)?|http_?status|response(?:[ _]?code)?|HTTP)["']?\s*(?:[:=]|is)?\s*["']?(\d{3})\b/i, null],
  [/remote server returned an error:\s*\((\d{3})\)/i, null],
  [/\b(\d{3})\s+(?:Client|Server) Error\b/i, null],
  [/\b(40[0-4]|408|418|429|451|50[0-4])\s+(?:Bad Request|Unauthori[sz]ed|Not Found|Forbidden|Request Timeout|I'?m a teapot|Too Many Requests|Unavailable For Legal Reasons|Service (?:Temporarily )?Unavailable|Bad Gateway|Gateway Time-?out|Internal Server Error|ERROR)\b/i, null],
  [/\[(\d{3})\(-?\d{4}\)\]/, null],
  [/^\s*\(?(\d{3}),\s*-\d{4}/, null],
  [/<title>\s*(\d{3})\b/i, null],
  [/\bI'?m a teapot\b/i, 418],
  [/\bToo Many Requests\b/, 429],
  [/restricted location|Unavailable For Legal Reasons/i, 451],
  [/\bWAF\b.*(?:block|limit)/i, 403],
  // .NET's HttpStatusCode names, as Binance.Net and sonvister/Binance print them: `[GatewayTimeout]: …`
  [/\[GatewayTimeout\]/, 504],
  [/\[BadGateway\]/, 502],
  [/\[ServiceUnavailable\]/, 503],
  [/\[TooManyRequests\]/, 429],
];
// NOTE: most lines state no HTTP status at all; one combined test spares them the twelve rules.
const ANY_HTTP = anyOf(HTTP_RES.map(([re]) => re));
// NOTE: a bare 400, 401 or 404 is an error of its own only where no coded error stands near it (see attachStatuses).
const HTTP_INTERESTING = new Set([400, 401, 403, 404, 408, 409, 418, 429, 451, 500, 502, 503, 504]);
const VARIANTS: [RegExp, string][] = [
  [/Unknown error, please check your request or try again later/i, 'unknown-error'],
  [/Request throttled by system-level protection/i, 'throttled'],
  [/Internal error; unable to process your request/i, 'internal-error'],
  [/["'>:]\s*Service Unavailable\.?["'<]|msg["']?\s*[:=]\s*["']?Service Unavailable/i, 'service-unavailable'],
];
const NAME_RE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

/** The HTTP status a line states, if any. */
export function httpStatusOf(s: string): number | null {
  if (!ANY_HTTP.test(s)) return null;
  for (const [re, fixed] of HTTP_RES) {
    const m = re.exec(s);
    if (m) {
      const n = fixed ?? Number(m[1]);
      if (n >= 100 && n <= 599) return n;
    }
  }
  return null;
}

function newSignal(line: number, column: number, kind: Signal['kind']): Signal {
  return { line, column, kind, code: null, httpStatus: null, httpVariant: null, message: null, templates: [], params: {}, names: [], fuzzy: [] };
}

/** The message near a code: a `msg` key's value, else the text after the code. */
function messageAfter(s: string, at: number, end: number): string {
  MSG_KEY.lastIndex = 0;
  let best: string | null = null;
  let bestDist = Infinity;
  let m: RegExpExecArray | null;
  // NOTE: an exec loop, not matchAll (which clones the regex on every call); MSG_KEY never matches empty.
  while ((m = MSG_KEY.exec(s)) != null) {
    const v = (m[2] ?? m[3] ?? '').trim();
    const d = Math.abs(m.index - at);
    if (v !== '' && d < bestDist) {
      best = v;
      bestDist = d;
    }
  }
  if (best != null && bestDist < 400) return best;
  const rest = s.slice(end, end + 400);
  return TUPLE_MSG.exec(rest)?.[2] ?? rest.replace(LEAD, '');
}

/** The constant name written next to a code, if it is a catalogue name: the code's entries that carry it (else the other code's entry), and where the text after it starts. */
function nameBeside(s: string, code: number, at: number, end: number): { own: CatalogueEntry[]; other: CatalogueEntry | null; end: number } | null {
  const next = NAME_NEXT.exec(s.slice(end, end + 80));
  const prev = next == null ? NAME_PREV.exec(s.slice(Math.max(0, at - 80), at)) : null;
  const name = next?.[1] ?? prev?.[1];
  if (name === undefined) return null;
  const entries = entriesForName(name);
  const own = entries.filter((e) => e.code === code);
  const other = own.length === 0 && name.includes('_') ? (entries[0] ?? null) : null;
  if (own.length === 0 && other == null) return null;
  return { own, other, end: next == null ? end : end + next[0].length };
}

/** Exact catalogue templates of `code` that the message starts with, longest first. */
function templatesAtStart(code: number, message: string): { hits: Template[]; params: Record<string, string>; conflict?: Signal['conflict'] } {
  // NOTE: a pure function of (code, message), and logs repeat the same errors; a bounded memo hands out copies.
  const key = `${code}|${message}`;
  let got = atStartMemo.get(key);
  if (got === undefined) {
    got = templatesAtStartUncached(code, message);
    if (atStartMemo.size > 2000) atStartMemo.clear();
    atStartMemo.set(key, got);
  }
  return { hits: got.hits.slice(), params: { ...got.params }, conflict: got.conflict };
}

const atStartMemo = new Map<string, { hits: Template[]; params: Record<string, string>; conflict?: Signal['conflict'] }>();

function templatesAtStartUncached(code: number, message: string): { hits: Template[]; params: Record<string, string>; conflict?: Signal['conflict'] } {
  let hits: Template[] = [];
  let params: Record<string, string> = {};
  let bestLen = 0;
  for (const t of templatesForCode(code)) {
    const m = matchAt(t, message, 0);
    if (m == null) continue;
    if (m[0].length > bestLen) {
      bestLen = m[0].length;
      hits = [t];
      params = captures(t, m);
    } else if (m[0].length === bestLen) hits.push(t);
  }
  return hits.length === 0 && message.length >= 8 ? { hits, params, ...conflictOf(code, message) } : { hits, params };
}

/**
 * Where the message is another code's, word for word (most of it the catalogue's own wording), the code is
 * kept and the disagreement flagged; not where the other code has the same name (Options' -1008 is Spot's -1003).
 */
function conflictOf(code: number, message: string): { conflict?: Signal['conflict'] } {
  // A message that is only another code's constant name: `{"code":-1022,"msg":"UNAUTHORIZED."}`.
  const named = /^([A-Z][A-Z0-9_]{3,})\W{0,3}$/.exec(message.trim())?.[1];
  const other = named === undefined ? undefined : entriesForName(named).find((e) => e.code !== code);
  if (other !== undefined && !entriesForCode(code).some((e) => e.name === named)) return { conflict: { code: other.code, name: other.name } };
  const { templates, literal } = messagesAtStart(message);
  if (literal < 0.6 * message.trim().length) return {};
  const names = new Set(entriesForCode(code).map((e) => e.name));
  const owner = templates.find((t) => t.entry.code !== code && (t.entry.name == null || !names.has(t.entry.name)));
  return owner === undefined ? {} : { conflict: { code: owner.entry.code, name: owner.entry.name } };
}

const OWN_MSG = /^["']?\s*,\s*["']?(?:msg|message)["']?\s*[:=]\s*(["'])((?:(?!\1).){1,400})\1/;

/** Signals for Binance's non-negative codes: WebSocket stream errors 0–3, Binance Link's long codes. */
function nonNegativeSignals(s: string, lineNo: number, status: number | null): Signal[] {
  const read = (at: number, end: number, code: number): { message: string; hits: Template[]; params: Record<string, string> } => {
    // NOTE: the msg of the code's own object first: a wrapper's `message: {…}` must not swallow it.
    const message = OWN_MSG.exec(s.slice(end, end + 420))?.[2] ?? messageAfter(s, at, end);
    return { message, ...templatesAtStart(code, message) };
  };
  const reader = (at: number, end: number, code: number): { message: string; exact: boolean } => {
    const r = read(at, end, code);
    return { message: r.message, exact: r.hits.length > 0 };
  };
  return positiveCodes(s, reader).map((p) => {
    const { message, hits, params } = read(p.at, p.end, p.code);
    const sig = newSignal(lineNo, p.at + 1, 'code');
    sig.code = p.code;
    sig.httpStatus = status;
    sig.message = message === '' ? null : message.slice(0, 300).trim();
    sig.templates = hits.filter((t) => p.only.includes(t.entry.product));
    sig.params = params;
    sig.only = p.only;
    return sig;
  });
}

/** Scans one normalised line; `next` gives the following lines for bodies printed over several lines. */
export function scanLine(s: string, lineNo: number, next: (k: number) => string | undefined, out: Signal[], budget: { fuzzy: number; small: boolean }): void {
  // NOTE: a library's table of codes (ccxt's `'-3008': InsufficientFunds,  # {"code":-3008,…}`) is source, not an error that happened.
  if (s.includes("':") && EXCEPTION_MAP.test(s)) return;
  const status = httpStatusOf(s);
  const found: Signal[] = [];
  const seenCodes: number[] = []; // a line holds few codes; an array spares a Set per line
  CODE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // NOTE: exec loops, not matchAll (which clones the regex on every call); none of these regexes matches empty.
  while ((m = CODE_RE.exec(s)) != null) {
    const minus = m[1];
    const digits = minus ?? m[2] ?? m[3];
    if (digits === undefined) continue;
    const code = minus !== undefined || m[3] !== undefined ? -Number(digits) : Number(digits);
    if (seenCodes.includes(code)) continue;
    const before = s.slice(Math.max(0, m.index - 28), m.index);
    const unsigned = m[3] !== undefined || m[2] !== undefined;
    const named = nameBeside(s, code, m.index, m.index + m[0].length);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const entries = entriesForCode(code);
    // NOTE: prose that names a known code before the word error ("the 1021 error", "a 1111 precision error") keys it too.
    // Not a year ("the 2024 error report").
    const keyedAfter = m[3] !== undefined && entries.length > 0 && !/^20[12]\d$/.test(m[3]) && /^\s+(?:[a-z]+\s+)?(?:error|err)\b(?!s)/i.test(after);
    const keyed = named != null || keyedAfter || (unsigned ? STRONG_KEY.test(before) : KEYED_BEFORE.test(before));
    if (unsigned && !keyed && !/^\s*[:\]|)]/.test(after)) continue;
    let message = messageAfter(s, m.index, named?.end ?? m.index + m[0].length);
    if (message === '' || (/^["']?code/.test(before.trim().slice(-6)) && !/msg|message/i.test(s))) {
      // A body printed over several lines: look a few lines ahead for its msg.
      for (let k = 1; k <= 4 && message === ''; k++) {
        const nl = next(k);
        if (nl === undefined) break;
        const mm = /["']?msg["']?\s*[:=]\s*(["'])(.{1,400}?)\1/.exec(nl);
        if (mm?.[2] !== undefined) message = mm[2];
      }
    }
    const { hits, params, conflict } = templatesAtStart(code, message);
    if (unsigned && !keyed && hits.length === 0) continue;
    if (unsigned && keyed && hits.length === 0 && entries.length === 0) continue;
    if (!keyed && hits.length === 0 && (entries.length === 0 || !ERROR_CONTEXT.test(s))) continue;
    if (!keyed && hits.length === 0 && entries.length > 0 && /\b(?:pnl|balance|price|qty|quantity|amount|profit|loss|usdt|btc)\b\W{0,4}$/i.test(before)) continue;
    seenCodes.push(code);
    const sig = newSignal(lineNo, m.index + 1, 'code');
    sig.code = code;
    sig.httpStatus = status;
    sig.message = message === '' ? null : message.slice(0, 300).trim();
    sig.templates = hits;
    sig.params = params;
    sig.names = named?.own ?? [];
    const clash = named?.other != null ? { code: named.other.code, name: named.other.name } : conflict;
    if (clash !== undefined) sig.conflict = clash;
    found.push(sig);
  }
  if (found.length === 0 && /code/i.test(s)) found.push(...nonNegativeSignals(s, lineNo, status));
  if (found.length > 0) {
    out.push(...found);
    return;
  }

  // Messages with no code, by template.
  const lower = s.toLowerCase();
  let best: { start: number; len: number; literal: number; hits: Template[]; params: Record<string, string>; text: string } | null = null;
  for (const g of groupsForLine(lower)) {
    const idx = lower.indexOf(g.anchor);
    const from = Math.max(0, idx - 200);
    const window = s.slice(from, idx + g.anchor.length + 300);
    g.search.lastIndex = 0;
    const gm = g.search.exec(window);
    if (gm == null) continue;
    const t0 = g.templates[0];
    if (t0 === undefined) continue;
    // The most literal wording wins: `Quantity less than zero.` is its own message, not `%s less than zero.`
    const literal = literalLength(t0, gm);
    if (best == null || literal > best.literal || (literal === best.literal && gm[0].length > best.len))
      best = { start: from + gm.index, len: gm[0].length, literal, hits: g.templates, params: captures(t0, gm), text: gm[0] };
    else if (literal === best.literal && gm[0].length === best.len && best.start === from + gm.index) best.hits = [...best.hits, ...g.templates];
  }
  const variant = VARIANTS.find(([re]) => re.test(s));
  if (best != null && !(variant !== undefined && variant[1] !== 'internal-error' && variant[1] !== 'throttled')) {
    const sig = newSignal(lineNo, best.start + 1, 'template');
    sig.message = best.text;
    sig.templates = best.hits;
    sig.params = best.params;
    sig.httpStatus = status;
    if (variant !== undefined && status === 503) sig.httpVariant = variant[1];
    out.push(sig);
    return;
  }

  // HTTP-level responses with no Binance code (not another service's: `404 … for url: https://api.telegram.org/…`).
  if (((status != null && HTTP_INTERESTING.has(status)) || variant !== undefined) && !otherService(s)) {
    const st = status ?? 503;
    const sig = newSignal(lineNo, 1, 'http');
    sig.httpStatus = st;
    sig.httpVariant = st === 503 ? (variant?.[1] ?? null) : null;
    sig.message = s.trim().slice(0, 300);
    out.push(sig);
    return;
  }

  const context = ERROR_CONTEXT.test(s);
  if (!context && !budget.small) return;

  // Constant names (BAD_SYMBOL, TOO_MANY_ORDERS) in an error line.
  NAME_RE.lastIndex = 0;
  while ((m = NAME_RE.exec(s)) != null) {
    const entries = entriesForName(m[0]);
    if (entries.length === 0 || (!context && !/^\s*[A-Z0-9_]+\W*$/.test(s))) continue;
    const sig = newSignal(lineNo, m.index + 1, 'name');
    sig.names = [...entries];
    sig.message = m[0];
    out.push(sig);
    return;
  }

  // Paraphrased, truncated or mangled messages: fuzzy, within a budget.
  if (budget.fuzzy <= 0) return;
  // NOTE: in a short paste a line may be the message itself, error words or not ("Too many requests; current limit of IP(…)").
  const text = fuzzyText(s) ?? (budget.small && looksLikeMessage(s) ? bareMessage(s) : null);
  if (text == null) return;
  budget.fuzzy -= 1;
  const hits = fuzzyMessages(text);
  if (hits.length === 0) return;
  const sig = newSignal(lineNo, Math.max(1, s.indexOf(text) + 1), 'fuzzy');
  sig.message = text;
  sig.fuzzy = hits;
  out.push(sig);
}

/** Whether the first URL on a line is another service's: neither its host nor its path is Binance's. */
function otherService(s: string): boolean {
  const u = FIRST_URL.exec(s);
  return u != null && !/binance|^https?:\/\/[\w.:-]+\/(?:fapi|dapi|papi|sapi|eapi|api\/v3)\//i.test(u[0]);
}

const FIRST_URL = /\bhttps?:\/\/[\w.:-]+(?:\/[\w/.-]*)?/i;

/** A bare line that reads like a sentence, not like `key: value` or a stack frame. */
function looksLikeMessage(s: string): boolean {
  const t = s.trim();
  // NOTE: `'type': 'STOP_LOSS_LIMIT',` is a parameter of a dict, not a message (a msg value was read before this).
  if (t.length < 15 || /^[\w .-]{1,30}:\s*\S*,?$/.test(t) || /^\w+:\s/.test(t) || /^["']\w+["']\s*[:=]/.test(t) || /^at\s/.test(t)) return false;
  return (t.match(/[A-Za-z]{2,}/g) ?? []).length >= 3;
}

/** A bare line as a message: without a bot's `Binance - ` (or `Binance Futures: `) before it, or an ellipsis that cut it. */
function bareMessage(s: string): string {
  return s
    .trim()
    .replace(/^binance(?:[ _]\w+)?\s*[-–:|]\s+/i, '')
    .replace(/\s*(?:\.{3}|…)$/, '')
    .slice(0, 200);
}

/** The part of an error line that may be a message: a msg value, or what follows `Error:`. */
function fuzzyText(s: string): string | null {
  MSG_KEY.lastIndex = 0;
  const m = MSG_KEY.exec(s);
  const v = m?.[2] ?? m?.[3];
  if (v !== undefined && v.trim().length >= 10) return v.trim().slice(0, 200);
  // NOTE: the last `SomethingException: ` is the one before the message (`…client.exception.BinanceApiException: 'recvWindow' must …`).
  const e = /^.*\b\w*(?:error|exception)\w*: (.{10,200})$/i.exec(s) ?? /(?:error|exception|failed|rejected|warning)\w*\W{1,4}(.{10,200})$/i.exec(s);
  if (e?.[1] !== undefined) return e[1].replace(/^[\s"'{[(]+|["'}\])\s]+$/g, '');
  return null;
}
