/** decode(text): every Binance error in a paste, grouped per error, with the paste's evidence. One pass over the lines. */
import { TRIGGER, scanLine, type Signal } from './extract/signals';
import { EVIDENCE_HINT, evidenceFromLine, foldEvidence, logPrefixLength, logTimeOf, type EvidenceItem } from './evidence/evidence';
import { needsNormalising, normaliseLine } from './text/normalise';
import { resolveSignal } from './match/resolve';
import { messageKeyPhrases } from './match/messages';
import { DERIVED, allEntries, allNames } from './catalogue/index';

const allCodes = (): number[] => [...new Set(allEntries().map((e) => e.code))];
import { compileAutomaton, markLines, type Automaton } from './text/automaton';
import type { DecodeResult, Evidence, Finding, MatchedBy, Occurrence, Product } from './types';

/** What resolveSignal gave for a signal of one shape with given local and global products (the parts a repeat uses). */
interface Resolved {
  sig: Signal;
  id: string;
  known: boolean;
  confidence: number;
  matchedBy: MatchedBy;
  catalogueMessage: string | null;
}

/** Whether two signals read the same to resolveSignal's ranking and confidence (all but line, column, params, status). */
function sameShape(a: Signal, b: Signal): boolean {
  if (a.kind !== b.kind || a.code !== b.code || a.message !== b.message) return false;
  if (a.templates.length !== b.templates.length || a.names.length !== b.names.length || a.fuzzy.length !== b.fuzzy.length) return false;
  for (let i = 0; i < a.templates.length; i++) if (a.templates[i] !== b.templates[i]) return false;
  for (let i = 0; i < a.names.length; i++) if (a.names[i] !== b.names[i]) return false;
  for (let i = 0; i < a.fuzzy.length; i++) if (a.fuzzy[i]?.group !== b.fuzzy[i]?.group || a.fuzzy[i]?.score !== b.fuzzy[i]?.score) return false;
  return true;
}

/** Adds another occurrence of an error to its finding: new placeholder values, and the stronger match if this one is. */
function addRepeat(f: Finding, occ: Occurrence, r: Pick<Finding, 'params' | 'confidence' | 'matchedBy' | 'catalogueMessage' | 'message' | 'httpStatus'>): void {
  if (f.occurrences.length < MAX_OCCURRENCES && f.occurrences.at(-1)?.line !== occ.line) f.occurrences.push(occ);
  for (const k in r.params) f.params[k] ??= r.params[k] ?? '';
  if (f.confidence < r.confidence) {
    f.confidence = r.confidence;
    f.matchedBy = r.matchedBy;
    f.catalogueMessage = r.catalogueMessage;
  }
  f.message ??= r.message;
  f.httpStatus ??= r.httpStatus;
}

const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

/** Options for long inputs: progress reports and cancellation between chunks of lines. */
export interface DecodeOptions {
  onProgress?: (done: number, total: number) => void;
  shouldStop?: () => boolean;
  /** Lines longer than this are scanned in windows of this size. */
  maxLine?: number;
}

const MAX_LINE = 4000;
const MAX_OCCURRENCES = 5000;
const WINDOW_BEFORE = 12;
const WINDOW_AFTER = 4;
const MAX_EVIDENCE_LINES = 5000;
/** Distinct line contents remembered per decode (scanned lines, evidence lines). */
const MEMO_LINES = 4096;

function occurrenceText(line: string, column: number): string {
  const t = line.length <= 300 ? line : line.slice(Math.max(0, column - 120), column + 180);
  return t.trim();
}

const TRIGGER_WORDS = [
  'code', 'err', 'exception', 'fail', 'reject', 'invalid', 'denied', 'insufficient', 'too many', 'timestamp', 'signature',
  'notional', 'precision', 'banned', 'illegal', 'mandatory', 'exceed', 'not supported', 'does not exist', 'unknown',
  'restricted', 'forbidden', 'teapot', 'unavailable', 'throttl', 'filter', 'would', 'must', 'not allowed', 'not increased',
  'not valid', 'not enough', 'no need', 'reduce only', 'reduceonly', 'leverage', 'position side', 'margin', 'lower than',
  'higher than', 'listenkey', 'api-key', 'permission', 'http/', 'status', 'warn', '<title', 'timeout', 'timed out',
];
/**
 * For a long text, the evidence lines worth reading: the first lines of the paste, and the lines around
 * each error (at most MAX_WINDOWS of them), as [line, start, end] triples in line order.
 */
function collectEvidenceLines(text: string, errorLines: Map<number, number>, out: number[]): void {
  // The wanted lines as [line, start, end] triples in line order, found by walking forward: the head,
  // then each error's window (its first line found by stepping back from the error's line), merged where
  // windows overlap.
  const lines: number[] = [];
  let ln = 0; // the last line taken, and where the next one starts
  let pos = 0;
  const takeTo = (last: number): void => {
    while (ln < last && pos <= text.length) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      ln += 1;
      lines.push(ln, pos, end);
      pos = end + 1;
    }
  };
  takeTo(HEAD_LINES);
  let n = 0;
  for (const [at, start] of errorLines) {
    if (n++ >= MAX_WINDOWS) break;
    const first = Math.max(1, at - WINDOW_BEFORE);
    if (first > ln + 1) {
      let b = start;
      for (let l = at; l > first; l--) b = b <= 1 ? 0 : text.lastIndexOf('\n', b - 2) + 1;
      ln = first - 1;
      pos = b;
    }
    takeTo(at + WINDOW_AFTER);
  }
  // NOTE: a run of consecutive wanted lines is searched with one global pass over it (no hint spans a
  // newline, and the run starts and ends at line breaks, so a match in it is a match of its line);
  // a line longer than the 4000 characters read is tested alone, as before.
  let run = ''; // the current run of lines (up to the line being read), and where it starts
  let runStart = -1;
  let runEnd = -1;
  let hit = -1; // offset in the text of the next hint at or after the line being read, or Infinity
  let prevStart = -1;
  for (let i = 0; i < lines.length; i += 3) {
    const line = lines[i] ?? 0;
    const start = lines[i + 1] ?? 0;
    const end = lines[i + 2] ?? 0;
    if (end - start > 4000) {
      if (EVIDENCE_HINT.test(text.slice(start, start + 4000))) out.push(line, start, end);
      continue;
    }
    if (start < runStart || end > runEnd) {
      // A new run: as far as the following lines are consecutive and short.
      let j = i;
      while (j + 3 < lines.length && lines[j + 3] === (lines[j] ?? 0) + 1 && (lines[j + 5] ?? 0) - (lines[j + 4] ?? 0) <= 4000) j += 3;
      runStart = start;
      runEnd = lines[j + 2] ?? end;
      run = text.slice(runStart, runEnd);
      hit = -1;
    }
    if (hit < start || start <= prevStart) {
      HINT_ALL.lastIndex = start - runStart;
      const m = HINT_ALL.exec(run);
      hit = m == null ? Infinity : runStart + m.index;
    }
    if (hit < end) out.push(line, start, end);
    prevStart = start;
  }
}

const HINT_ALL = new RegExp(EVIDENCE_HINT.source, 'gi');

/**
 * An HTTP status on a line next to a Binance code (within three lines) is that code's status, not an
 * error of its own: the status moves onto the coded signal and the HTTP signal is dropped.
 */
function attachStatuses(signals: Signal[]): void {
  // NOTE: signals come in line order, so the first coded signal within three lines is found by bisection.
  const coded = signals.filter((x) => x.kind !== 'http');
  if (coded.length === 0 || coded.length === signals.length) return;
  let dropped = false;
  for (let i = signals.length - 1; i >= 0; i--) {
    const h = signals[i];
    if (h === undefined || h.kind !== 'http' || h.httpVariant === 'unknown-error') continue;
    let lo = 0;
    let hi = coded.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((coded[mid]?.line ?? 0) < h.line - 3) lo = mid + 1;
      else hi = mid;
    }
    const near = coded[lo];
    if (near === undefined || near.line > h.line + 3) continue;
    near.httpStatus ??= h.httpStatus;
    signals[i] = DROPPED;
    dropped = true;
  }
  if (dropped) {
    let k = 0;
    for (const sig of signals) if (sig !== DROPPED) signals[k++] = sig;
    signals.length = k;
  }
}

/** A placeholder for a signal removed from the list (one compaction at the end, not a splice each). */
const DROPPED = {} as Signal;

/**
 * With no other evidence, a message worded as on one product's page only (Spot's "Too much request
 * weight used", a futures-only code) points to that product — weakly, and said so.
 */
function inferProductFromWording(ev: Evidence, findings: readonly Finding[]): void {
  const votes = new Map<Product, string>();
  for (const f of findings) {
    const exact = f.candidates.filter((c) => c.score >= 0.99 && c.source !== 'http');
    const products = new Set(exact.map((c) => c.source));
    const only = [...products][0];
    if (products.size === 1 && only !== undefined && only !== 'http') votes.set(only, `${f.code} is worded as on the ${only} page only`);
  }
  if (votes.size !== 1) return;
  const [product, reason] = [...votes][0] ?? [];
  if (product === undefined || reason === undefined) return;
  ev.product = product;
  ev.productConfidence = 0.5;
  ev.productReasons = [reason];
}

/** What makes two signals the same error; null where nearby evidence may change the answer. */
function signature(sig: Signal): string | null {
  if (sig.code != null && COLLIDING.has(sig.code)) return null;
  if (sig.kind === 'fuzzy' || (sig.kind === 'template' && sig.templates.length > 1)) return null;
  return `${sig.kind}|${sig.code ?? ''}|${sig.templates[0]?.message.text ?? ''}|${sig.names[0]?.name ?? ''}|${sig.httpStatus ?? ''}|${sig.httpVariant ?? ''}`;
}

/** Lines whose surroundings must be read for evidence: each signature's first sighting, and every ambiguous one. */
function neededLines(signals: readonly Signal[], starts: Map<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  const seen = new Set<string>();
  for (const sig of signals) {
    const key = signature(sig);
    if (key != null) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const st = starts.get(sig.line);
    if (st !== undefined) out.set(sig.line, st);
  }
  return out;
}

const COLLIDING = new Set(DERIVED.collisions.map((c) => c.code));
const HEAD_LINES = 300;
const MAX_WINDOWS = 3000;

let compiled: Automaton | null = null;
function automaton(): Automaton {
  compiled ??= compileAutomaton([
    ...TRIGGER_WORDS,
    ...messageKeyPhrases(),
    ...allNames().filter((n) => n.includes('_')),
    // A code written without its minus, as in `4014: Price not increased by tick size.`
    ...allCodes().flatMap((c) => [`${Math.abs(c)}:`, `${Math.abs(c)}]`]),
  ], { codes: true });
  return compiled;
}

/** Finds and identifies every Binance error in `text`. Pure and synchronous. */
export function decode(text: string, options: DecodeOptions = {}): DecodeResult {
  const signals: Signal[] = [];
  // Lines that may carry evidence: [line number, start, end]. Parsed lazily, only where needed.
  const evLines: number[] = [];
  let firstTime: string | null = null;
  let lastTime: string | null = null;
  // NOTE: a short paste is read whole (a bare message has no error words); a long log only where the cheap filter fires.
  const budget = { fuzzy: 400, small: text.length <= 4096 };
  const maxLine = options.maxLine ?? MAX_LINE;
  const total = text.length;
  let lineNo = 0;
  let pos = 0;
  let nextReport = 1 << 20;
  const originals = new Map<number, string>();
  const lineStarts = new Map<number, number>();

  const lineAt = (start: number, k: number): string | undefined => {
    let p = start;
    for (let i = 0; i < k; i++) {
      const n = text.indexOf('\n', p);
      if (n < 0) return undefined;
      p = n + 1;
    }
    const e = text.indexOf('\n', p);
    return text.slice(p, e < 0 ? undefined : e).slice(0, maxLine);
  };

  // NOTE: on a long paste, a line's content (what follows its log timestamp) that was scanned before gives the
  // same signals again; kept only where the scan read nothing but the line (no look-ahead, no fuzzy budget).
  const scanned = new Map<string, Signal[]>();
  const processLine = (raw0: string, ln: number, start: number, end: number): void => {
    const full = raw0.endsWith('\r') ? raw0.slice(0, -1) : raw0;
    if (full.length === 0) return;
    if (budget.small) {
      const head = full.length <= maxLine ? full : full.slice(0, maxLine + 200);
      const hs = needsNormalising(head) ? normaliseLine(head) : head;
      const lt = logTimeOf(hs);
      if (lt != null) {
        firstTime ??= lt;
        lastTime = lt;
      }
      if (EVIDENCE_HINT.test(hs)) evLines.push(ln, start, end);
    }
    // A leading log timestamp is the line's time, not part of its error: the rest is scanned.
    const skip = logPrefixLength(full);
    const raw = skip === 0 ? full : full.slice(skip);
    const memo = !budget.small && raw.length <= maxLine;
    const first = signals.length;
    const known = memo ? scanned.get(raw) : undefined;
    if (known !== undefined) {
      for (const sig of known) signals.push({ ...sig, line: ln, column: sig.column + skip, params: { ...sig.params } });
    } else {
      const fuzzyLeft = budget.fuzzy;
      let lookedAhead = false;
      const next = (k: number): string | undefined => {
        lookedAhead = true;
        return lineAt(start, k);
      };
      for (let off = 0; off < raw.length; off += maxLine) {
        const piece = off === 0 && raw.length <= maxLine ? raw : raw.slice(off, off + maxLine + 200);
        const s = needsNormalising(piece) ? normaliseLine(piece) : piece;
        if (!budget.small && !TRIGGER.test(s)) continue;
        const before = signals.length;
        scanLine(s, ln, next, signals, budget);
        for (let i = before; i < signals.length; i++) {
          const sig = signals[i];
          if (sig === undefined) continue;
          sig.column += off;
          if (s !== piece && sig.kind === 'code' && sig.code != null) {
            const at = piece.indexOf(String(Math.abs(sig.code)));
            if (at >= 0) sig.column = off + at + 1;
          }
        }
      }
      if (memo && !lookedAhead && budget.fuzzy === fuzzyLeft) {
        if (scanned.size >= MEMO_LINES) scanned.clear();
        scanned.set(raw, signals.slice(first).map((sig) => ({ ...sig, params: { ...sig.params } })));
      }
      for (let i = first; i < signals.length; i++) {
        const sig = signals[i];
        if (sig !== undefined) sig.column += skip;
      }
    }
    if (signals.length > first && !originals.has(ln)) {
      originals.set(ln, full);
      lineStarts.set(ln, start);
    }
  };

  if (budget.small) {
    while (pos <= total) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = total;
      lineNo += 1;
      processLine(text.slice(pos, end), lineNo, pos, end);
      pos = end + 1;
    }
  } else {
    // NOTE: one Aho–Corasick pass marks the lines worth reading; every other line costs one DFA step a character.
    const marked = markLines(text, automaton());
    for (let k = 0; k < marked.starts.length; k++) {
      const start = marked.starts[k] ?? 0;
      let end = text.indexOf('\n', start);
      if (end < 0) end = total;
      processLine(text.slice(start, end), marked.lines[k] ?? 0, start, end);
      if (start >= nextReport) {
        nextReport = start + (1 << 20);
        options.onProgress?.(start, total);
        if (options.shouldStop?.() === true) break;
      }
    }
    lineNo = marked.lineCount;
    collectEvidenceLines(text, neededLines(signals, lineStarts), evLines);
    // The first and last log times: from the first and the final lines that start with one.
    for (let k = 0, b = 0; k < 50 && b < total && firstTime == null; k++) {
      firstTime = logTimeOf(text.slice(b, b + 64));
      const e2 = text.indexOf('\n', b);
      if (e2 < 0) break;
      b = e2 + 1;
    }
    let e = total;
    for (let k = 0; k < 50 && e > 0; k++) {
      const b = text.lastIndexOf('\n', e - 1) + 1;
      const t = logTimeOf(text.slice(b, Math.min(e, b + 64)));
      if (t != null) {
        lastTime = t;
        break;
      }
      e = b - 1;
    }
  }
  options.onProgress?.(total, total);

  attachStatuses(signals);
  const parsed = new Map<number, EvidenceItem[]>();
  // Evidence read from a line's content (after its log timestamp), by content: a repeated line is read once.
  const readHinted = new Map<string, EvidenceItem[]>();
  const readPlain = new Map<string, EvidenceItem[]>();
  const itemsOf = (k: number): EvidenceItem[] => {
    const ln = evLines[k] ?? 0;
    let got = parsed.get(ln);
    if (got === undefined) {
      const start = evLines[k + 1] ?? 0;
      const end = evLines[k + 2] ?? 0;
      const raw = text.slice(start, Math.min(end, start + maxLine));
      const skip = logPrefixLength(raw);
      const content = skip === 0 ? raw : raw.slice(skip);
      const normalise = needsNormalising(content);
      // NOTE: on a long paste every evidence line already passed EVIDENCE_HINT as read here, unless cut or normalised.
      const hinted = !budget.small && !normalise && end - start <= Math.min(maxLine, 4000);
      const memo = hinted ? readHinted : readPlain;
      let items = memo.get(content);
      if (items === undefined) {
        items = [];
        evidenceFromLine(normalise ? normaliseLine(content) : content, 0, items, hinted);
        if (memo.size >= MEMO_LINES) memo.clear();
        memo.set(content, items);
      }
      got = items.map((it) => ({ ...it, line: ln }));
      parsed.set(ln, got);
    }
    return got;
  };
  // NOTE: the paste-wide evidence reads at most the first MAX_EVIDENCE_LINES evidence lines; near each
  // error every evidence line is read. This bounds the work on huge logs.
  const globalItems: EvidenceItem[] = [];
  for (let k = 0; k < evLines.length && k < MAX_EVIDENCE_LINES * 3; k += 3) globalItems.push(...itemsOf(k));
  const global = foldEvidence(globalItems);
  const times = [firstTime, lastTime].filter((t): t is string => t != null);
  global.logTimes = times.filter((t, i) => times.indexOf(t) === i);
  /** The index (in triples) of the first evidence line at or after line `from`. */
  const firstEvidenceAt = (from: number): number => {
    let lo = 0;
    let hi = evLines.length / 3;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((evLines[mid * 3] ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const windowItems = (from: number, to: number): EvidenceItem[] => {
    const lo = firstEvidenceAt(from);
    const out: EvidenceItem[] = [];
    for (let k = lo * 3; k < evLines.length && (evLines[k] ?? 0) <= to; k += 3) out.push(...itemsOf(k));
    return out;
  };
  /**
   * The product foldEvidence(items of lines from..to, near) would pick, without building it: the largest
   * total weight, ties going to the product seen first in the items ordered by distance to `near` (stable).
   */
  const localProduct = (from: number, to: number, near: number): Product | null => {
    const lo = firstEvidenceAt(from);
    let best: Product | null = null;
    let bestW = 0;
    let bestD = 0;
    let bestI = 0;
    const votes = new Map<Product, [weight: number, dist: number, index: number]>();
    let index = 0;
    for (let k = lo * 3; k < evLines.length && (evLines[k] ?? 0) <= to; k += 3) {
      for (const it of itemsOf(k)) {
        index += 1;
        if (it.kind !== 'product') continue;
        const d = Math.abs(it.line - near);
        const key = it.key as Product;
        const v = votes.get(key);
        if (v === undefined) votes.set(key, [it.weight, d, index]);
        else {
          v[0] += it.weight;
          if (d < v[1]) {
            v[1] = d;
            v[2] = index;
          }
        }
      }
    }
    for (const [p, [w, d, i]] of votes) {
      if (best == null || w > bestW || (w === bestW && (d < bestD || (d === bestD && i < bestI)))) {
        best = p;
        bestW = w;
        bestD = d;
        bestI = i;
      }
    }
    return best;
  };
  // NOTE: an ambiguous signal (no signature) is resolved against its nearby evidence; a repeat of one
  // already resolved, with the same shape and the same local and global products, resolves the same.
  const resolvedShapes = new Map<string, Resolved[]>();
  const findings = new Map<string, Finding>();
  // NOTE: a repeat of an error already resolved (same signature, no product ambiguity) reuses that finding.
  const bySignature = new Map<string, Finding>();
  for (const sig of signals) {
    const occ = { line: sig.line, column: sig.column, text: occurrenceText(originals.get(sig.line) ?? '', sig.column) };
    const sigKey = signature(sig);
    const again = sigKey == null ? undefined : bySignature.get(sigKey);
    if (again !== undefined) {
      if (again.occurrences.length < MAX_OCCURRENCES && again.occurrences.at(-1)?.line !== occ.line) again.occurrences.push(occ);
      for (const k in sig.params) again.params[k] ??= sig.params[k] ?? '';
      continue;
    }
    let shapeKey: string | null = null;
    if (sigKey == null && sig.kind !== 'http') {
      const lp = localProduct(sig.line - WINDOW_BEFORE, sig.line + WINDOW_AFTER, sig.line);
      shapeKey = `${sig.kind}|${sig.code ?? ''}|${lp ?? ''}|${global.product ?? ''}|${sig.message ?? ''}`;
      const r = resolvedShapes.get(shapeKey)?.find((x) => sameShape(x.sig, sig));
      const f = r === undefined ? undefined : findings.get(r.id);
      if (r !== undefined && f !== undefined) {
        const params = r.known ? sig.params : NO_PARAMS;
        addRepeat(f, occ, { params, confidence: r.confidence, matchedBy: r.matchedBy, catalogueMessage: r.catalogueMessage, message: sig.message, httpStatus: sig.httpStatus });
        continue;
      }
    }
    const near = windowItems(sig.line - WINDOW_BEFORE, sig.line + WINDOW_AFTER);
    const local = foldEvidence(near, sig.line);
    const resolved = resolveSignal(sig, local, global);
    if (shapeKey != null) {
      const list = resolvedShapes.get(shapeKey) ?? [];
      if (list.length < 8) {
        list.push({ sig, id: resolved.id, known: resolved.known, confidence: resolved.confidence, matchedBy: resolved.matchedBy, catalogueMessage: resolved.catalogueMessage });
        resolvedShapes.set(shapeKey, list);
      }
    }
    const f = findings.get(resolved.id);
    if (f === undefined) {
      local.product ??= global.product;
      local.library ??= global.library;
      local.libraryReason ??= global.libraryReason;
      local.httpStatus = sig.httpStatus;
      if (local.productReasons.length === 0) local.productReasons = global.productReasons;
      const created: Finding = { ...resolved, params: { ...resolved.params }, occurrences: [occ], evidence: local };
      findings.set(resolved.id, created);
      if (sigKey != null) bySignature.set(sigKey, created);
    } else {
      if (sigKey != null) bySignature.set(sigKey, f);
      addRepeat(f, occ, resolved);
    }
  }
  global.httpStatus = [...findings.values()].find((f) => f.httpStatus != null)?.httpStatus ?? null;
  if (global.product == null) inferProductFromWording(global, [...findings.values()]);
  return {
    findings: [...findings.values()],
    evidence: global,
    stats: { lines: lineNo, bytes: total, signals: signals.length },
  };
}
