/**
 * Aho–Corasick automaton over case-folded ASCII: one pass over a text marks the lines that contain
 * any of many keywords, at close to the cost of a plain character loop.
 */

const CLASSES = new Uint8Array(128);
let nClasses = 1; // 0 = any other character (resets matching)
for (let c = 97; c <= 122; c++) CLASSES[c] = nClasses++;
for (let c = 65; c <= 90; c++) CLASSES[c] = CLASSES[c + 32] ?? 0;
for (let c = 48; c <= 57; c++) CLASSES[c] = nClasses++;
for (const ch of [' ', '_', '/', '-', '<', "'", '.', ':', ']']) CLASSES[ch.charCodeAt(0)] = nClasses++;
const C = nClasses;

/**
 * A compiled keyword set: a complete transition table over character classes. Entries are row offsets
 * (state × classes); an entry that enters a keyword-ending state is -1 instead, so a match costs no
 * extra lookup.
 */
export interface Automaton {
  next: Int32Array;
}

/** Compiles keywords (any case; letters, digits and ` _/-<'.:]` only) into a DFA. */
export function compileAutomaton(keywords: Iterable<string>): Automaton {
  const goto: number[][] = [new Array<number>(C).fill(-1)];
  const hit: number[] = [0];
  for (const raw of keywords) {
    const word = raw.toLowerCase();
    if (word.length === 0) continue;
    let s = 0;
    let ok = true;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      const cls = code < 128 ? (CLASSES[code] ?? 0) : 0;
      if (cls === 0) {
        ok = false;
        break;
      }
      const row = goto[s] as number[];
      let t = row[cls] ?? -1;
      if (t < 0) {
        t = goto.length;
        goto.push(new Array<number>(C).fill(-1));
        hit.push(0);
        row[cls] = t;
      }
      s = t;
    }
    if (ok) hit[s] = 1;
  }
  // Breadth-first failure links, folded into a complete transition table.
  const n = goto.length;
  const next = new Int32Array(n * C);
  const fail = new Int32Array(n);
  const queue: number[] = [];
  const root = goto[0] as number[];
  for (let c = 0; c < C; c++) {
    const t = root[c] ?? -1;
    if (t > 0) {
      next[c] = t;
      fail[t] = 0;
      queue.push(t);
    } else next[c] = 0;
  }
  const hits = Uint8Array.from(hit);
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q] as number;
    const row = goto[s] as number[];
    if (hits[fail[s] ?? 0] === 1) hits[s] = 1;
    for (let c = 0; c < C; c++) {
      const t = row[c] ?? -1;
      if (t > 0) {
        fail[t] = next[(fail[s] ?? 0) * C + c] ?? 0;
        next[s * C + c] = t;
        queue.push(t);
      } else next[s * C + c] = next[(fail[s] ?? 0) * C + c] ?? 0;
    }
  }
  // NOTE: class 0 (other characters) always returns to the root, so a keyword never spans them.
  for (let s = 0; s < n; s++) next[s * C] = 0;
  // States are stored pre-multiplied by C (row offsets): one add per character. Entering a state that
  // ends a keyword (directly or through its failure links) is marked by -1.
  for (let i = 0; i < next.length; i++) {
    const t = next[i] ?? 0;
    next[i] = hits[t] === 1 ? -1 : t * C;
  }
  return { next };
}

/**
 * Start offsets of every line that holds a keyword, or a match of `extra` (a global regex), in order.
 * Scans each character once; after a hit it skips to the end of the line.
 */
export function markLines(text: string, a: Automaton, extra: RegExp): number[] {
  const starts = keywordLines(text, a.next);
  const more = regexLines(text, extra);
  return more.length === 0 ? starts : mergeSorted(starts, more);
}

// NOTE: the hot loop lives alone in its function, so that code after it, never run while it was being
// optimised, cannot throw it back to the interpreter at the end of every long paste.
function keywordLines(text: string, next: Int32Array): number[] {
  const starts: number[] = [];
  const len = text.length;
  let s = 0;
  // A newline is class 0 like any other character outside the keywords' alphabet, so it returns to the
  // root; a line's start is looked up only when it holds a keyword.
  for (let i = 0; i < len; i++) {
    const code = text.charCodeAt(i);
    s = next[s + (code < 128 ? (CLASSES[code] as number) : 0)] as number;
    if (s < 0) {
      starts.push(text.lastIndexOf('\n', i) + 1);
      const e = text.indexOf('\n', i);
      if (e < 0) break;
      i = e;
      s = 0;
    }
  }
  return starts;
}

/** Start offsets of the lines holding a match of `extra` (a global regex), in order. */
function regexLines(text: string, extra: RegExp): number[] {
  const more: number[] = [];
  extra.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastLine = -1;
  while ((m = extra.exec(text)) != null) {
    const ls = text.lastIndexOf('\n', m.index) + 1;
    if (ls !== lastLine) more.push(ls);
    lastLine = ls;
    const e = text.indexOf('\n', m.index);
    if (e < 0) break;
    extra.lastIndex = e + 1;
  }
  return more;
}

/** Merges two sorted lists without duplicates. */
function mergeSorted(xs: readonly number[], ys: readonly number[]): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  while (x < xs.length || y < ys.length) {
    const a1 = x < xs.length ? (xs[x] as number) : Infinity;
    const b1 = y < ys.length ? (ys[y] as number) : Infinity;
    const v = a1 <= b1 ? a1 : b1;
    if (a1 <= b1) x++;
    if (b1 <= a1) y++;
    if (out.length === 0 || out[out.length - 1] !== v) out.push(v);
  }
  return out;
}
