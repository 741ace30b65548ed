/** Stage 4 of decode: the evidence around the candidates (the paste's and each error's window), and HTTP statuses moved onto coded errors. */
import type { Signal } from '../extract/signals';
import { EVIDENCE_HINT, evidenceFromLine, foldEvidence, logPrefixLength, logTimeOf, type EvidenceItem } from '../evidence/evidence';
import { needsNormalising, normaliseLine } from '../text/normalise';
import type { Evidence, Product } from '../types';
import { MEMO_LINES, type Candidates } from './find-candidates';
import { signature } from './signal-signature';

/** Lines read before an error for its evidence. */
export const WINDOW_BEFORE = 12;
/** Lines read after an error for its evidence. */
export const WINDOW_AFTER = 4;
const MAX_EVIDENCE_LINES = 5000;
const HEAD_LINES = 300;
const MAX_WINDOWS = 3000;

/** The evidence of a paste, read lazily from its evidence lines (each line once). */
export interface PasteEvidence {
  /** The paste-wide evidence, with its first and last log times. */
  global: Evidence;
  /** The evidence items of the evidence lines from line `from` to line `to`. */
  windowItems: (from: number, to: number) => EvidenceItem[];
  /** The product foldEvidence(windowItems(from, to), near) would pick, without building it. */
  localProduct: (from: number, to: number, near: number) => Product | null;
}

/**
 * Reads the evidence for the candidates: on a long paste first picks the evidence lines (the head and each
 * error's window) and the log times; moves HTTP statuses onto the coded errors next to them.
 */
export function attachEvidence(text: string, found: Candidates): PasteEvidence {
  if (!found.small) {
    collectEvidenceLines(text, neededLines(found.signals, found.lineStarts), found.evLines);
    readLogTimes(text, found);
  }
  attachStatuses(found.signals);
  return readEvidence(text, found);
}

/** The evidence a new finding carries: its window's, the paste's where the window says nothing, and its own HTTP status. */
export function findingEvidence(local: Evidence, global: Evidence, sig: Signal): Evidence {
  local.product ??= global.product;
  local.library ??= global.library;
  local.libraryReason ??= global.libraryReason;
  local.httpStatus = sig.httpStatus;
  if (local.productReasons.length === 0) local.productReasons = global.productReasons;
  return local;
}

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

/** On a long paste, the first and last log times: from the first and the final lines that start with one. */
function readLogTimes(text: string, found: Candidates): void {
  const total = text.length;
  for (let k = 0, b = 0; k < 50 && b < total && found.firstTime == null; k++) {
    found.firstTime = logTimeOf(text.slice(b, b + 64));
    const e2 = text.indexOf('\n', b);
    if (e2 < 0) break;
    b = e2 + 1;
  }
  let e = total;
  for (let k = 0; k < 50 && e > 0; k++) {
    const b = text.lastIndexOf('\n', e - 1) + 1;
    const t = logTimeOf(text.slice(b, Math.min(e, b + 64)));
    if (t != null) {
      found.lastTime = t;
      break;
    }
    e = b - 1;
  }
}

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

/** The evidence of the paste's evidence lines, each line read once (a repeated line's content once). */
function readEvidence(text: string, found: Candidates): PasteEvidence {
  const { evLines, maxLine } = found;
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
      const hinted = !found.small && !normalise && end - start <= Math.min(maxLine, 4000);
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
  const times = [found.firstTime, found.lastTime].filter((t): t is string => t != null);
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
  const localProduct = (from: number, to: number, near: number): Product | null => {
    const lo = firstEvidenceAt(from);
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
    return bestVote(votes);
  };
  return { global, windowItems, localProduct };
}

/**
 * The product foldEvidence would pick from these votes: the largest total weight, ties going to the
 * product seen first in the items ordered by distance to the error (stable).
 */
function bestVote(votes: ReadonlyMap<Product, readonly [weight: number, dist: number, index: number]>): Product | null {
  let best: Product | null = null;
  let bestW = 0;
  let bestD = 0;
  let bestI = 0;
  for (const [p, [w, d, i]] of votes) {
    if (best == null || w > bestW || (w === bestW && (d < bestD || (d === bestD && i < bestI)))) {
      best = p;
      bestW = w;
      bestD = d;
      bestI = i;
    }
  }
  return best;
}
