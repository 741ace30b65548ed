/** Stage 1 of decode: one pass over the lines finds the candidate errors (signals), a repeated line scanned once. */
import { TRIGGER, scanLine, type Signal } from '../extract/signals';
import { EVIDENCE_HINT, logPrefixLength, logTimeOf } from '../evidence/evidence';
import { needsNormalising, normaliseLine } from '../text/normalise';
import { messageKeyPhrases } from '../match/messages';
import { allEntries, allNames } from '../catalogue/index';
import { compileAutomaton, markLines, type Automaton } from '../text/automaton';

const allCodes = (): number[] => [...new Set(allEntries().map((e) => e.code))];

/** Options for long inputs: progress reports and cancellation between chunks of lines. */
export interface DecodeOptions {
  onProgress?: (done: number, total: number) => void;
  shouldStop?: () => boolean;
  /** Lines longer than this are scanned in windows of this size. */
  maxLine?: number;
}

/** What the pass over the lines found: the signals in line order, and what later stages read of those lines. */
export interface Candidates {
  signals: Signal[];
  /** Lines that may carry evidence: [line number, start, end]. Filled in the pass on a short paste, by attachEvidence on a long one. */
  evLines: number[];
  /** The first and last log times (on a short paste; on a long one attachEvidence reads them). */
  firstTime: string | null;
  lastTime: string | null;
  /** The full text of each line that gave a signal, and where it starts. */
  originals: Map<number, string>;
  lineStarts: Map<number, number>;
  /** How many lines the text has (as far as the pass went). */
  lineCount: number;
  /** A short paste (read whole, every line) rather than a long log (read where the cheap filter fires). */
  small: boolean;
  /** The longest piece of a line read at once. */
  maxLine: number;
}

const MAX_LINE = 4000;
/** Distinct line contents remembered per decode (scanned lines, evidence lines). */
export const MEMO_LINES = 4096;

const TRIGGER_WORDS = [
  'code', 'err', 'exception', 'fail', 'reject', 'invalid', 'denied', 'insufficient', 'too many', 'timestamp', 'signature',
  'notional', 'precision', 'banned', 'illegal', 'mandatory', 'exceed', 'not supported', 'does not exist', 'unknown',
  'restricted', 'forbidden', 'teapot', 'unavailable', 'throttl', 'filter', 'would', 'must', 'not allowed', 'not increased',
  'not valid', 'not enough', 'no need', 'reduce only', 'reduceonly', 'leverage', 'position side', 'margin', 'lower than',
  'higher than', 'listenkey', 'api-key', 'permission', 'http/', 'status', 'warn', '<title', 'timeout', 'timed out',
  'bad request', 'not found', 'gateway', 'server response', 'response:',
];

let compiled: Automaton | null = null;
function automaton(): Automaton {
  compiled ??= compileAutomaton([
    ...TRIGGER_WORDS,
    ...messageKeyPhrases(),
    ...allNames().filter((n) => n.includes('_')),
    // A code written without its minus, as in `4014: Price not increased by tick size.` (not the one-digit
    // stream codes 0–3: `2:` is in every log time).
    ...allCodes().filter((c) => Math.abs(c) >= 1000).flatMap((c) => [`${Math.abs(c)}:`, `${Math.abs(c)}]`]),
  ], { codes: true });
  return compiled;
}

/** Finds every candidate error in `text`, one pass over its lines (on a long paste, only the lines the automaton marks). */
export function findCandidates(text: string, options: DecodeOptions = {}): Candidates {
  // NOTE: a short paste is read whole (a bare message has no error words); a long log only where the cheap filter fires.
  const budget = { fuzzy: 400, small: text.length <= 4096 };
  const found: Candidates = {
    signals: [],
    evLines: [],
    firstTime: null,
    lastTime: null,
    originals: new Map(),
    lineStarts: new Map(),
    lineCount: 0,
    small: budget.small,
    maxLine: options.maxLine ?? MAX_LINE,
  };
  const total = text.length;
  let lineNo = 0;
  let pos = 0;
  let nextReport = 1 << 20;
  const processLine = lineReader(text, found, budget);

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
  }
  found.lineCount = lineNo;
  options.onProgress?.(total, total);
  return found;
}

/** The reader of one line (its text, number, start and end): its signals, and on a short paste its evidence line and log time. */
function lineReader(text: string, found: Candidates, budget: { fuzzy: number; small: boolean }): (raw0: string, ln: number, start: number, end: number) => void {
  const { signals, evLines, originals, lineStarts, maxLine } = found;
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
  return (raw0: string, ln: number, start: number, end: number): void => {
    const full = raw0.endsWith('\r') ? raw0.slice(0, -1) : raw0;
    if (full.length === 0) return;
    if (budget.small) {
      const head = full.length <= maxLine ? full : full.slice(0, maxLine + 200);
      const hs = needsNormalising(head) ? normaliseLine(head) : head;
      const lt = logTimeOf(hs);
      if (lt != null) {
        found.firstTime ??= lt;
        found.lastTime = lt;
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
}
