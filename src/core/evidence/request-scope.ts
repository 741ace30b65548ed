/**
 * Which lines belong to the request that failed: the error's own line, its traceback or stack trace with
 * the request line logged just before a Python traceback, and the lines around it up to the nearest other
 * request (one that succeeded) or other error. Evidence from those lines says most about the error; a line
 * beyond another request says little, and its parameters are that other request's.
 */

/** The lines of one error's request, 1-based and inclusive. */
export interface RequestScope {
  /** The error's line. */
  line: number;
  /** Its own block: its traceback (from the request line logged before it) or stack trace. */
  blockFrom: number;
  blockTo: number;
  /** Its segment: the lines around it up to the nearest other error, and before it up to its request line. */
  from: number;
  to: number;
  /** Lines in the segment that report other requests, which succeeded (a poll's `200 OK`): not this error's. */
  others: ReadonlySet<number>;
}

/** What a line around an error is: another error, another request that succeeded, a request, or nothing of note. */
export type LineRole = 'error' | 'done' | 'request' | null;

/** How far a traceback or stack trace is followed from its error. */
export const MAX_BLOCK = 120;

const TRACEBACK = /^Traceback \(most recent call last\):?\s*$/;
const CHAIN = /^(?:During handling of the above exception|The above exception was the direct cause)/;
const PY_FRAME = /^\s+(?:File "|\S)/;
const EXCEPTION_LINE = /^[\w.]*(?:Error|Exception|Warning|Exit)\b[\w.]*(?::|$)/;
const STACK_AFTER = /^\s+at\s|^\s*(?:Caused by|\.\.\. \d+ more|at async\s)|^\s+\^|^\s*(?:goroutine|created by)\b|^\t/;

/**
 * The block of the error on line `line`: `before(k)` gives the text of line `line - k`, `after(k)` of line
 * `line + k` (undefined past either end). A Python traceback above it, with the line logged just before
 * the traceback, and the stack frames below it (JavaScript, Java, C#, Go) belong to it.
 */
export function errorBlock(line: number, before: (k: number) => string | undefined, after: (k: number) => string | undefined): { from: number; to: number } {
  let from = line;
  let top = 0; // the distance of the topmost `Traceback` line seen
  for (let k = 1; k <= MAX_BLOCK; k++) {
    const t = before(k);
    if (t === undefined) break;
    if (TRACEBACK.test(t.trimStart())) top = k;
    else if (!(t.trim() === '' || PY_FRAME.test(t) || CHAIN.test(t) || EXCEPTION_LINE.test(t))) break;
  }
  if (top > 0) {
    const req = before(top + 1);
    from = line - top - (req !== undefined && req.trim() !== '' ? 1 : 0);
  }
  let to = line;
  for (let k = 1; k <= MAX_BLOCK; k++) {
    const t = after(k);
    if (t === undefined || !STACK_AFTER.test(t)) break;
    to = line + k;
  }
  return { from, to };
}

/**
 * The scope of the error on `line` with block [blockFrom, blockTo], within the window [lo, hi]: its segment
 * ends before the nearest other error on either side, and before it at the nearest request line (one
 * naming an endpoint): that is its request, and the requests logged before it are others'. A request that
 * succeeded (a market-data poll logged in between) is not its request and does not end it.
 */
export function scopeWithin(line: number, block: { from: number; to: number }, lo: number, hi: number, role: (ln: number) => LineRole): RequestScope {
  const others = new Set<number>();
  let from = Math.min(lo, block.from);
  for (let ln = block.from - 1; ln >= from; ln--) {
    const r = role(ln);
    if (r === 'error') {
      from = ln + 1;
      break;
    }
    if (r === 'done') others.add(ln);
    else if (r === 'request') {
      from = ln;
      break;
    }
  }
  let to = Math.max(hi, block.to);
  for (let ln = block.to + 1; ln <= to; ln++) {
    const r = role(ln);
    if (r === 'error') {
      to = ln - 1;
      break;
    }
    if (r === 'done') others.add(ln);
  }
  return { line, blockFrom: block.from, blockTo: block.to, from, to, others };
}

/** How much an item on line `ln` says about the error of `scope`: its own line most, its block, then nearer lines before it. */
export function proximity(scope: RequestScope, ln: number): number {
  if (ln === scope.line) return 1.5;
  if (ln >= scope.blockFrom && ln <= scope.blockTo) return 1;
  if (scope.others.has(ln)) return 0.15;
  if (ln >= scope.from && ln < scope.blockFrom) return 1 / (1 + (scope.blockFrom - ln) / 16);
  if (ln > scope.blockTo && ln <= scope.to) return 0.4 / (1 + (ln - scope.blockTo) / 16);
  return 0.15;
}

/** Whether line `ln` is in the error's segment (its request's lines and the lines that lead to it). */
export function inScope(scope: RequestScope, ln: number): boolean {
  return ln >= scope.from && ln <= scope.to && !scope.others.has(ln);
}

/**
 * The lines around the line that starts at `start` in `text`: `before(k)` is the text of the k-th line
 * above it, `after(k)` of the k-th below (undefined past either end). Each is found once, stepping from
 * the nearest one already found, so walking outwards costs the length of the lines walked over.
 */
export function linesAround(text: string, start: number): { before: (k: number) => string | undefined; after: (k: number) => string | undefined } {
  const up: [number, number][] = [[start, start]]; // [start, end] of line k above (k = index); 0 is the line itself
  const down: [number, number][] = [];
  const lineEnd = (s: number): number => {
    const e = text.indexOf('\n', s);
    return e < 0 ? text.length : e;
  };
  down.push([start, lineEnd(start)]);
  const before = (k: number): string | undefined => {
    while (up.length <= k) {
      const prevStart = up[up.length - 1]?.[0] ?? 0;
      if (prevStart <= 0) return undefined;
      const end = prevStart - 1; // the newline that ends the line above
      const s = text.lastIndexOf('\n', end - 1) + 1;
      up.push([s, end]);
    }
    const [s, e] = up[k] ?? [0, 0];
    return text.slice(s, Math.min(e, s + 4000)).replace(/\r$/, '');
  };
  const after = (k: number): string | undefined => {
    while (down.length <= k) {
      const prevEnd = down[down.length - 1]?.[1] ?? text.length;
      if (prevEnd >= text.length) return undefined;
      down.push([prevEnd + 1, lineEnd(prevEnd + 1)]);
    }
    const [s, e] = down[k] ?? [0, 0];
    return text.slice(s, Math.min(e, s + 4000)).replace(/\r$/, '');
  };
  return { before, after };
}
