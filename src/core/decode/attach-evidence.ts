/** Stage 4 of decode: the evidence around the candidates (the paste's and each error's window), and HTTP statuses moved onto coded errors. */
import type { Signal } from '../extract/signals';
import { EVIDENCE_HINT, SUCCEEDED, evidenceFromLine, foldEvidence, logPrefixLength, logTimeOf, type EvidenceItem, type PasteProducts } from '../evidence/evidence';
import { errorScores, leanKey, leanOf, mixedProducts, pasteScores, windowLeanKey, type ProductLean } from '../evidence/product-votes';
import { errorBlock, linesAround, scopeWithin, type LineRole } from '../evidence/request-scope';
import { needsNormalising, normaliseLine } from '../text/normalise';
import type { Evidence, Product } from '../types';
import { PRODUCT_RULES, WEIGHT } from '../evidence/product-rules';
import { anyOf } from '../text/any-of';
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
  /** The evidence of the error on a line: its request's facts and the product its surroundings lean to. */
  near: (line: number) => ErrorEvidence;
  /**
   * A key equal for errors whose surroundings lean alike: near(line).key where the paste mixes products;
   * otherwise, cheaper, the lean of its window weighed by distance alone (no request lines or boundaries).
   */
  leanKeyAt: (line: number) => string;
  /** Whether the paste mixes products: then each error, repeats too, is read with its own surroundings. */
  mixed: boolean;
}

/** The evidence of one error. */
export interface ErrorEvidence {
  /** Its request's facts (from its own lines, nearest first) and the one product its surroundings point to. */
  local: Evidence;
  /** The products its surroundings (and the paste, where that does not mix products) point to. */
  lean: ProductLean;
  /** Equal for two errors whose leans rank their candidates alike. */
  key: string;
}

/**
 * Reads the evidence for the candidates: on a long paste first picks the evidence lines (the head and each
 * error's window) and the log times; moves HTTP statuses onto the coded errors next to them.
 */
export function attachEvidence(text: string, found: Candidates): PasteEvidence {
  const blocks: Blocks = new Map<number, { from: number; to: number }>();
  const repeats = new Map<string, number[]>();
  if (!found.small) {
    collectEvidenceLines(text, neededLines(found.signals, found.lineStarts, repeats), blocksOf(text, found, blocks), found.evLines);
    readLogTimes(text, found);
  }
  attachStatuses(found.signals, found.small);
  const read = readEvidence(text, found, blocks);
  if (found.small || (!read.mixed && !repeatsElsewhere(text, found, repeats, read.global.product))) return read;
  // NOTE: a long log that mixes products: every error's surroundings are read, not only each first sighting's.
  const all = new Map<number, number>();
  for (const sig of found.signals) {
    const st = found.lineStarts.get(sig.line);
    if (st !== undefined) all.set(sig.line, st);
  }
  found.evLines = [];
  collectEvidenceLines(text, all, blocksOf(text, found, blocks), found.evLines);
  return readEvidence(text, found, blocks);
}

const ENDPOINT_RULES = PRODUCT_RULES.filter((r) => r.weight >= WEIGHT.endpoint);
const ANY_ENDPOINT = anyOf(ENDPOINT_RULES.map((r) => r.re));
/** Of each error's repeats, how many are probed for an endpoint of another product (spread over them). */
const PROBES = 64;

/**
 * Whether repeats of an error, whose surroundings a long log does not read (only each first sighting's),
 * name an endpoint of another product than `product` on their own line or the line before: then the log
 * mixes products after all. A sample of each error's repeats, spread over them, bounds the work.
 */
function repeatsElsewhere(text: string, found: Candidates, seen: ReadonlyMap<string, readonly number[]>, product: Product | null): boolean {
  const named = new Set<Product>(product == null ? [] : [product]);
  for (const lines of seen.values()) {
    const stride = Math.max(1, Math.ceil(lines.length / PROBES));
    for (let i = 0; i < lines.length; i += stride) {
      const start = found.lineStarts.get(lines[i] ?? 0);
      if (start === undefined) continue;
      const from = start > 1 ? text.lastIndexOf('\n', start - 2) + 1 : start;
      const end = text.indexOf('\n', start);
      const two = text.slice(from, Math.min(end < 0 ? text.length : end, from + 8000));
      if (!ANY_ENDPOINT.test(two)) continue;
      for (const r of ENDPOINT_RULES) if (r.re.test(two)) for (const p of r.products) named.add(p);
      if (named.size > 1) return true;
    }
  }
  return false;
}

/** The block (traceback, stack trace) of the error on a line, found once per line. */
function blockAt(text: string, found: Candidates, blocks: Blocks, line: number): { from: number; to: number } {
  let b = blocks.get(line);
  if (b === undefined) {
    const start = found.lineStarts.get(line);
    // NOTE: most errors of a long log have neither a traceback above them (whose last frame line is indented) nor a stack frame below.
    const above = start !== undefined && start > 1 && isBlank(text.charCodeAt(text.lastIndexOf('\n', start - 2) + 1));
    if (start === undefined || (!above && !mayBeFrame(text, start))) b = { from: line, to: line };
    else {
      const { before, after } = linesAround(text, start);
      b = errorBlock(line, above ? before : () => undefined, after);
    }
    blocks.set(line, b);
  }
  return b;
}

/** The blocks found so far, by error line. */
type Blocks = Map<number, { from: number; to: number }>;

const isBlank = (c: number): boolean => c === 32 || c === 9;

/** Whether the line after the one starting at `start` may be a stack frame (it starts blank, or as `Caused by`, `... 3 more`, `#0`, `goroutine`, `created by`). */
function mayBeFrame(text: string, start: number): boolean {
  const nl = text.indexOf('\n', start);
  if (nl < 0) return false;
  const c = text.charCodeAt(nl + 1);
  return isBlank(c) || c === 35 || c === 46 || c === 67 || c === 99 || c === 103;
}

/** A lookup of each error line's block, for the evidence lines to read. */
function blocksOf(text: string, found: Candidates, blocks: Blocks): (line: number) => { from: number; to: number } {
  return (line) => blockAt(text, found, blocks, line);
}

/**
 * The evidence a new finding carries: its request's and surroundings' (whose product already weighs the
 * paste's where the paste does not mix products), the paste's library where those say none, and its own HTTP status.
 */
export function findingEvidence(local: Evidence, global: Evidence, sig: Signal): Evidence {
  local.library ??= global.library;
  local.libraryReason ??= global.libraryReason;
  local.httpStatus = sig.httpStatus;
  return local;
}

/**
 * For a long text, the evidence lines worth reading: the first lines of the paste, and the lines around
 * each error (at most MAX_WINDOWS of them), as [line, start, end] triples in line order.
 */
function collectEvidenceLines(text: string, errorLines: Map<number, number>, blockOf: (line: number) => { from: number; to: number }, out: number[]): void {
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
    const block = blockOf(at);
    const first = Math.max(1, Math.min(at - WINDOW_BEFORE, block.from));
    if (first > ln + 1) {
      let b = start;
      for (let l = at; l > first; l--) b = b <= 1 ? 0 : text.lastIndexOf('\n', b - 2) + 1;
      ln = first - 1;
      pos = b;
    }
    takeTo(Math.max(at + WINDOW_AFTER, block.to));
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

/** Lines whose surroundings must be read for evidence: each signature's first sighting, and every ambiguous one (`repeats` gets the others' lines). */
function neededLines(signals: readonly Signal[], starts: Map<number, number>, repeats?: Map<string, number[]>): Map<number, number> {
  const out = new Map<number, number>();
  const seen = repeats ?? new Map<string, number[]>();
  for (const sig of signals) {
    const key = signature(sig);
    if (key != null) {
      const again = seen.get(key);
      if (again !== undefined) {
        again.push(sig.line);
        continue;
      }
      seen.set(key, []);
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
 * An HTTP status on a line next to a Binance code (within three lines; a bare 400, 401 or 404, the envelope
 * of most coded errors, within twelve, or anywhere in a short paste) is that code's status, not an error of
 * its own: the status moves onto the coded signal and the HTTP signal is dropped.
 */
function attachStatuses(signals: Signal[], small: boolean): void {
  // NOTE: signals come in line order, so the first coded signal within three lines is found by bisection.
  const coded = signals.filter((x) => x.kind !== 'http');
  if (coded.length === 0 || coded.length === signals.length) return;
  let dropped = false;
  for (let i = signals.length - 1; i >= 0; i--) {
    const h = signals[i];
    if (h === undefined || h.kind !== 'http' || h.httpVariant === 'unknown-error') continue;
    const reach = h.httpStatus === 400 || h.httpStatus === 401 || h.httpStatus === 404 ? (small ? Infinity : 12) : 3;
    let lo = 0;
    let hi = coded.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((coded[mid]?.line ?? 0) < h.line - reach) lo = mid + 1;
      else hi = mid;
    }
    const near = coded[lo];
    if (near === undefined || near.line > h.line + reach) continue;
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
function readEvidence(text: string, found: Candidates, blocks: Blocks): PasteEvidence {
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
  // NOTE: the paste's product scores, weighed once: null where the paste mixes products (ccxt's pastes do not count create_order as Spot's).
  const ccxtPaste = globalItems.some((it) => it.kind === 'library' && it.key.startsWith('ccxt')) ? 'ccxt-python' : null;
  const mixed = mixedProducts(globalItems, ccxtPaste);
  const scores = mixed ? null : pasteScores(globalItems, ccxtPaste);
  const global = foldEvidence(globalItems, undefined, { scores, library: null });
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
  const paste: PasteProducts = { scores, library: global.library };
  /** Whether an evidence line `ln` has an item of this kind. */
  const lineHas = (ln: number, kind: EvidenceItem['kind']): boolean => {
    const k = firstEvidenceAt(ln) * 3;
    return evLines[k] === ln && itemsOf(k).some((it) => it.kind === kind);
  };
  /** Whether evidence line `ln` reports a request that succeeded. */
  const succeeded = (ln: number): boolean => {
    const k = firstEvidenceAt(ln) * 3;
    const start = evLines[k + 1] ?? 0;
    return evLines[k] === ln && SUCCEEDED.test(text.slice(start, Math.min(evLines[k + 2] ?? 0, start + maxLine)));
  };
  const errorLines = new Set(found.signals.map((sig) => sig.line));
  // NOTE: another error's line (outside this error's own traceback or stack trace) ends its surroundings; found once per line.
  const roles = new Map<number, LineRole>();
  const role = (ln: number): LineRole => {
    let r = roles.get(ln);
    if (r === undefined) {
      r = errorLines.has(ln) ? 'error' : succeeded(ln) ? 'done' : lineHas(ln, 'endpoint') ? 'request' : null;
      roles.set(ln, r);
    }
    return r;
  };
  const cache = new Map<number, ErrorEvidence>();
  const near = (line: number): ErrorEvidence => {
    let got = cache.get(line);
    if (got !== undefined) return got;
    const block = blockAt(text, found, blocks, line);
    // NOTE: a short paste is one person's report of one problem: all of it is the error's surroundings.
    const lo = found.small ? 1 : line - WINDOW_BEFORE;
    const hi = found.small ? found.lineCount : line + WINDOW_AFTER;
    const scope = scopeWithin(line, block, lo, hi, role);
    const items = windowItems(Math.min(lo, scope.from), Math.max(hi, scope.to));
    const ccxt = items.find((it) => it.kind === 'library' && it.key.startsWith('ccxt'));
    const lean = leanOf(errorScores(items, scope, ccxt !== undefined ? 'ccxt-python' : paste.library, paste.scores));
    // NOTE: the request's facts are folded only for an error that is resolved, not for each repeat keyed by its lean.
    let local: Evidence | undefined;
    got = {
      lean,
      key: leanKey(lean),
      get local() {
        local ??= foldEvidence(items, scope, paste);
        return local;
      },
    };
    if (cache.size >= MEMO_LINES) cache.clear();
    cache.set(line, got);
    return got;
  };
  const leanKeyAt = (line: number): string => {
    if (mixed) return near(line).key;
    const lo = found.small ? 1 : line - WINDOW_BEFORE;
    const hi = found.small ? found.lineCount : line + WINDOW_AFTER;
    const lists: EvidenceItem[][] = [];
    for (let k = firstEvidenceAt(lo) * 3; k < evLines.length && (evLines[k] ?? 0) <= hi; k += 3) lists.push(itemsOf(k));
    return windowLeanKey(lists, line, paste.library, paste.scores);
  };
  return { global, windowItems, near, leanKeyAt, mixed };
}

