/** Scans one line for Binance errors: coded bodies, catalogue messages, constant names, HTTP statuses. */
import { entriesForCode, entriesForName } from '../catalogue/index';
import type { CatalogueEntry } from '../catalogue/types';
import { captures, matchAt, templatesForCode, type Template } from '../match/templates';
import { fuzzyMessages, groupsForLine, type FuzzyHit } from '../match/messages';
import { anyOf } from '../text/any-of';

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
}

/** Cheap test: can this line hold an error at all? */
export const TRIGGER =
  /-\s?\d{4}|\d{4}\s*[:\]]|code|err|exception|fail|reject|invalid|denied|insufficient|too many|timestamp|signature|notional|precision|banned|illegal|mandatory|exceed|not supported|does not exist|unknown|restricted|forbidden|teapot|unavailable|throttl|\b(?:403|408|418|429|451|50[0-4])\b|[A-Z]{2,}_[A-Z]|filter|would|must|not (?:allowed|increased|valid|enough)|no need|reduce ?only|leverage|position side|margin|lower than|higher than|listenkey|api-key|permission/i;

/** Words that make a line read as an error report. */
export const ERROR_CONTEXT =
  /error|exception|fail|reject|invalid|denied|warn|binance|apierror|\bmsg\b|\bcode\b|traceback|refused|insufficient|not valid|timeout|too many|banned|forbidden|unauthori[sz]ed|\[-?\d{4}\]/i;

const CODE_RE = /(?<![\w.+\-/])-\s?([1-9]\d{3})(?![\d.]|\s?%|-\d)|(?<![\w.+\-/])(5[1-9]\d{3})(?![\d.])|(?<![\w.+\-/:])([1-9]\d{3})(?![\d.%/-])/g;
// NOTE: a code without its minus needs a word key (`code`, `error`); brackets and pipes are enough only with a minus.
const STRONG_KEY = /(?:["']?(?:code|errorcode|error_?code|err_?code|errno|error code|error|err|returncode|ret_?code)["']?\]?\s*(?:[:=#]|=>|is)?\s*["']?|apierror\s*\(\s*code\s*=\s*)$/i;
const KEYED_BEFORE =
  /(?:["']?(?:code|errorcode|error_?code|err_?code|errno|error code|err|returncode|ret_?code)["']?\]?\s*(?:[:=]|=>|is)?\s*["']?|apierror\s*\(\s*code\s*=\s*|\[|\(|\d{3}\s*,\s*|\|\s*|binance\w*\s*(?:error|exception)?\s*[:(]?\s*)$/i;
const MSG_KEY = /["']?(?:msg|message|errorMessage|error_message|errmsg)["']?\]?\s*(?:[:=]|=>)\s*(?:(["'])((?:(?!\1).){1,400})\1|([^"'{}\n][^\n]{0,300}))/gi;
const LEAD = /^[\s)\]}'"`:,|>=-]+/;

const HTTP_RES: [RegExp, number | null][] = [
  [/HTTP\/\d(?:\.\d)?\s+(\d{3})\b/i, null],
  [/\b(?:status(?:[ _]?code)?|http_?status|response code|HTTP)["']?\s*(?:[:=]|is)?\s*["']?(\d{3})\b/i, null],
  [/remote server returned an error:\s*\((\d{3})\)/i, null],
  [/\b(\d{3})\s+(?:Client|Server) Error\b/i, null],
  [/\b(403|408|418|429|451|50[0-4])\s+(?:Forbidden|Request Timeout|I'?m a teapot|Too Many Requests|Unavailable For Legal Reasons|Service Unavailable|Bad Gateway|Gateway Time-?out|Internal Server Error|ERROR)\b/i, null],
  [/\[(\d{3})\(-?\d{4}\)\]/, null],
  [/^\s*\(?(\d{3}),\s*-\d{4}/, null],
  [/<title>\s*(\d{3})\b/i, null],
  [/\bI'?m a teapot\b/i, 418],
  [/\bToo Many Requests\b/, 429],
  [/restricted location|Unavailable For Legal Reasons/i, 451],
  [/\bWAF\b.*(?:block|limit)/i, 403],
];
// NOTE: most lines state no HTTP status at all; one combined test spares them the twelve rules.
const ANY_HTTP = anyOf(HTTP_RES.map(([re]) => re));
const HTTP_INTERESTING = new Set([403, 408, 409, 418, 429, 451, 500, 502, 503, 504]);
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
  return s.slice(end, end + 400).replace(LEAD, '');
}

/** Exact catalogue templates of `code` that the message starts with, longest first. */
function templatesAtStart(code: number, message: string): { hits: Template[]; params: Record<string, string> } {
  // NOTE: a pure function of (code, message), and logs repeat the same errors; a bounded memo hands out copies.
  const key = `${code}|${message}`;
  let got = atStartMemo.get(key);
  if (got === undefined) {
    got = templatesAtStartUncached(code, message);
    if (atStartMemo.size > 2000) atStartMemo.clear();
    atStartMemo.set(key, got);
  }
  return { hits: got.hits.slice(), params: { ...got.params } };
}

const atStartMemo = new Map<string, { hits: Template[]; params: Record<string, string> }>();

function templatesAtStartUncached(code: number, message: string): { hits: Template[]; params: Record<string, string> } {
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
  return { hits, params };
}

/** Scans one normalised line; `next` gives the following lines for bodies printed over several lines. */
export function scanLine(s: string, lineNo: number, next: (k: number) => string | undefined, out: Signal[], budget: { fuzzy: number; small: boolean }): void {
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
    const keyed = unsigned ? STRONG_KEY.test(before) : KEYED_BEFORE.test(before);
    if (unsigned && !keyed && !/^\s*[:\]|)]/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const entries = entriesForCode(code);
    let message = messageAfter(s, m.index, m.index + m[0].length);
    if (message === '' || (/^["']?code/.test(before.trim().slice(-6)) && !/msg|message/i.test(s))) {
      // A body printed over several lines: look a few lines ahead for its msg.
      for (let k = 1; k <= 4 && message === ''; k++) {
        const nl = next(k);
        if (nl === undefined) break;
        const mm = /["']?msg["']?\s*[:=]\s*(["'])(.{1,400}?)\1/.exec(nl);
        if (mm?.[2] !== undefined) message = mm[2];
      }
    }
    const { hits, params } = templatesAtStart(code, message);
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
    found.push(sig);
  }
  if (found.length > 0) {
    out.push(...found);
    return;
  }

  // Messages with no code, by template.
  const lower = s.toLowerCase();
  let best: { start: number; len: number; hits: Template[]; params: Record<string, string>; text: string } | null = null;
  for (const g of groupsForLine(lower)) {
    const idx = lower.indexOf(g.anchor);
    const from = Math.max(0, idx - 200);
    const window = s.slice(from, idx + g.anchor.length + 300);
    g.search.lastIndex = 0;
    const gm = g.search.exec(window);
    if (gm == null) continue;
    const t0 = g.templates[0];
    if (t0 === undefined) continue;
    if (best == null || gm[0].length > best.len) best = { start: from + gm.index, len: gm[0].length, hits: g.templates, params: captures(t0, gm), text: gm[0] };
    else if (gm[0].length === best.len && best.start === from + gm.index) best.hits = [...best.hits, ...g.templates];
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

  // HTTP-level responses with no Binance code.
  if ((status != null && HTTP_INTERESTING.has(status)) || variant !== undefined) {
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
  const text = fuzzyText(s) ?? (budget.small && !context && looksLikeMessage(s) ? s.trim().slice(0, 200) : null);
  if (text == null) return;
  budget.fuzzy -= 1;
  const hits = fuzzyMessages(text);
  if (hits.length === 0) return;
  const sig = newSignal(lineNo, Math.max(1, s.indexOf(text) + 1), 'fuzzy');
  sig.message = text;
  sig.fuzzy = hits;
  out.push(sig);
}

/** A bare line that reads like a sentence, not like `key: value` or a stack frame. */
function looksLikeMessage(s: string): boolean {
  const t = s.trim();
  if (t.length < 15 || /^[\w .-]{1,30}:\s*\S*,?$/.test(t) || /^\w+:\s/.test(t) || /^at\s/.test(t)) return false;
  return (t.match(/[A-Za-z]{2,}/g) ?? []).length >= 3;
}

/** The part of an error line that may be a message: a msg value, or what follows `Error:`. */
function fuzzyText(s: string): string | null {
  MSG_KEY.lastIndex = 0;
  const m = MSG_KEY.exec(s);
  const v = m?.[2] ?? m?.[3];
  if (v !== undefined && v.trim().length >= 10) return v.trim().slice(0, 200);
  const e = /(?:error|exception|failed|rejected|warning)\w*\W{1,4}(.{10,200})$/i.exec(s);
  if (e?.[1] !== undefined) return e[1].replace(/^[\s"'{[(]+|["'}\])\s]+$/g, '');
  return null;
}
