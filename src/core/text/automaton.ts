/**
 * Aho–Corasick automaton over case-folded ASCII, fused with one small pattern (how a Binance code is
 * written: a minus, at most one blank, four digits, then no fifth digit or decimal point): one pass over a
 * text marks the lines that hold any keyword or such a code, at close to the cost of a plain character loop.
 */

/** Character classes for every UTF-16 code unit: 0 = any other character (resets keyword matching). */
const CLASSES = new Uint8Array(65536);
let nClasses = 1;
for (let c = 97; c <= 122; c++) CLASSES[c] = nClasses++;
for (let c = 65; c <= 90; c++) CLASSES[c] = CLASSES[c + 32] ?? 0;
for (let c = 48; c <= 57; c++) CLASSES[c] = nClasses++;
for (const ch of [' ', '_', '/', '-', '<', "'", '.', ':', ']']) CLASSES[ch.charCodeAt(0)] = nClasses++;
/** Classes keywords may use. */
const KC = nClasses;
/** Blanks other than the space and the newline (what `\s` matches besides them): outside every keyword. */
const BLANK = nClasses++;
for (const c of [9, 11, 12, 13, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) CLASSES[c] = BLANK;
for (let c = 0x2000; c <= 0x200a; c++) CLASSES[c] = BLANK;
const C = nClasses;

const MINUS = CLASSES['-'.charCodeAt(0)] ?? 0;
const SPACE = CLASSES[' '.charCodeAt(0)] ?? 0;
const DOT = CLASSES['.'.charCodeAt(0)] ?? 0;
const isDigit = (cls: number): boolean => cls >= (CLASSES[48] ?? 0) && cls <= (CLASSES[57] ?? 0);

/** The code pattern's states: nothing, `-`, `- `, then one to four digits. */
const CODE_HIT = -1;
function codeStep(e: number, cls: number): number {
  if (e === 6) return isDigit(cls) || cls === DOT ? 0 : CODE_HIT;
  if (cls === MINUS) return 1;
  if (e === 1 && (cls === SPACE || cls === BLANK)) return 2;
  if (isDigit(cls)) return e === 1 || e === 2 ? 3 : e >= 3 ? e + 1 : 0;
  return 0;
}

/**
 * A compiled keyword set: a complete transition table over character classes. Entries are row offsets
 * (state × classes); an entry that completes a keyword or a code is -1 instead, so a match costs no extra
 * lookup. `endHit` marks the states in which the end of the text completes a code.
 */
export interface Automaton {
  next: Int32Array;
  endHit: Uint8Array;
}

/** Compiles keywords (any case; letters, digits and ` _/-<'.:]` only), and the code pattern if asked, into one DFA. */
export function compileAutomaton(keywords: Iterable<string>, options: { codes?: boolean } = {}): Automaton {
  const goto: number[][] = [new Array<number>(KC).fill(-1)];
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
        goto.push(new Array<number>(KC).fill(-1));
        hit.push(0);
        row[cls] = t;
      }
      s = t;
    }
    if (ok) hit[s] = 1;
  }
  // Breadth-first failure links, folded into a complete transition table (state numbers).
  const n = goto.length;
  const ac = new Int32Array(n * KC);
  const fail = new Int32Array(n);
  const queue: number[] = [];
  const root = goto[0] as number[];
  for (let c = 0; c < KC; c++) {
    const t = root[c] ?? -1;
    if (t > 0) {
      ac[c] = t;
      fail[t] = 0;
      queue.push(t);
    } else ac[c] = 0;
  }
  const hits = Uint8Array.from(hit);
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q] as number;
    const row = goto[s] as number[];
    if (hits[fail[s] ?? 0] === 1) hits[s] = 1;
    for (let c = 0; c < KC; c++) {
      const t = row[c] ?? -1;
      if (t > 0) {
        fail[t] = ac[(fail[s] ?? 0) * KC + c] ?? 0;
        ac[s * KC + c] = t;
        queue.push(t);
      } else ac[s * KC + c] = ac[(fail[s] ?? 0) * KC + c] ?? 0;
    }
  }
  // NOTE: class 0 (other characters) always returns to the root, so a keyword never spans them.
  for (let s = 0; s < n; s++) ac[s * KC] = 0;

  // The product with the code pattern. With no code under way, a state's row is its keyword row, except
  // that a minus also starts a code; the few states with a code under way come after them. States are
  // stored pre-multiplied by C (row offsets): one add per character.
  const withCodes = options.codes === true;
  const extra = new Map<number, number>(); // (keyword state << 3 | code state) → row, for code states 1–6
  const pending: number[] = [];
  const target = (a2: number, e2: number): number => {
    if (hits[a2] === 1 || e2 === CODE_HIT) return -1;
    if (e2 === 0) return a2 * C;
    const key = (a2 << 3) | e2;
    let row = extra.get(key);
    if (row === undefined) {
      row = n + extra.size;
      extra.set(key, row);
      pending.push(key);
    }
    return row * C;
  };
  const plain = new Int32Array(n * C); // BLANK (the last class) stays 0: outside every keyword
  for (let a = 0; a < n; a++) {
    for (let c = 0; c < KC; c++) {
      const a2 = ac[a * KC + c] ?? 0;
      plain[a * C + c] = hits[a2] === 1 ? -1 : a2 * C;
    }
    if (withCodes) plain[a * C + MINUS] = target(ac[a * KC + MINUS] ?? 0, 1);
  }
  const rows: number[] = [];
  for (let q = 0; q < pending.length; q++) {
    const key = pending[q] ?? 0;
    const a = key >>> 3;
    const e = key & 7;
    for (let c = 0; c < C; c++) rows.push(target(c >= KC ? 0 : (ac[a * KC + c] ?? 0), codeStep(e, c)));
  }
  const next = new Int32Array(plain.length + rows.length);
  next.set(plain);
  next.set(rows, plain.length);
  const endHit = new Uint8Array(n + pending.length);
  pending.forEach((key, q) => {
    if ((key & 7) === 6) endHit[n + q] = 1;
  });
  return { next, endHit };
}

/** The lines that hold a keyword (or a code, if compiled with them): start offsets and 1-based numbers, in order. */
export interface Marked {
  starts: number[];
  lines: number[];
  /** How many lines the text has. */
  lineCount: number;
}

/** Marks every line that holds a keyword (or a code, if compiled with them), counting lines on the way. */
export function markLines(text: string, a: Automaton): Marked {
  const marked: Marked = { starts: [], lines: [], lineCount: 0 };
  marked.lineCount = keywordLines(text, a.next, a.endHit, marked.starts, marked.lines);
  return marked;
}

// NOTE: the hot loop lives alone in its function, so that code after it, never run while it was being
// optimised, cannot throw it back to the interpreter at the end of every long paste.
function keywordLines(text: string, next: Int32Array, endHit: Uint8Array, starts: number[], lines: number[]): number {
  const len = text.length;
  let s = 0;
  let line = 1;
  // A newline is class 0 like any other character outside the keywords' alphabet, so it returns to the
  // root; a line's start is looked up only when it holds a match. A code is complete only at the
  // character after it, which may be the newline ending its line: the line is that of the character before.
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    s = next[s + (CLASSES[c] as number)] as number;
    if (s < 0) {
      starts.push(text.lastIndexOf('\n', i - 1) + 1);
      lines.push(line);
      const e = text.indexOf('\n', i);
      if (e < 0) return line;
      // The rest of the line is skipped, its newline counted.
      i = e;
      s = 0;
      line += 1;
    } else if (c === 10) line += 1;
  }
  if (endHit[s / C] === 1) {
    starts.push(text.lastIndexOf('\n', len - 1) + 1);
    lines.push(line);
  }
  return line;
}
