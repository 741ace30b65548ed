// The fused automaton must mark exactly the lines a plain line-by-line reading marks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAutomaton, markLines } from './automaton';

const KEYWORDS = ['err', 'code', 'too many', 'reduce only', 'api-key', '4014:', '1121]', 'bad_symbol', "o'clock", 'http/', '<title'];
const CODE = /-[^\S\n]?\d{4}(?![\d.])/;

/** The reference, read line by line: the start and number of every line that holds a keyword (any case) or a code. */
function reference(text: string, codes: boolean): { starts: number[]; lines: number[]; lineCount: number } {
  const out = { starts: [] as number[], lines: [] as number[], lineCount: 0 };
  let start = 0;
  for (const line of text.split('\n')) {
    out.lineCount += 1;
    const lower = line.replace(/[A-Z]/g, (c) => c.toLowerCase());
    if (KEYWORDS.some((k) => lower.includes(k)) || (codes && CODE.test(line))) {
      out.starts.push(start);
      out.lines.push(out.lineCount);
    }
    start += line.length + 1;
  }
  return out;
}

const starts = (text: string, codes = true): number[] => markLines(text, compileAutomaton(KEYWORDS, { codes })).starts;

describe('keyword and code automaton', () => {
  it('marks the lines with a keyword in any case, and no others', () => {
    const text = 'tick ok\nAn ERR here\nfine\nToo  many\nTOO MANY requests\nx-api-key y\nclock\n4014: Price\n[-1121]';
    expect(markLines(text, compileAutomaton(KEYWORDS))).toEqual(reference(text, false));
    expect(starts(text, false)).toHaveLength(5);
  });

  it('marks a code with its minus, even at the end of a line or of the text, and not longer numbers or decimals', () => {
    const lines = ['x -1021', 'x -10215', 'pnl -1234.5', 'a - 1022 b', 'a -  1022', 'a -\u00a01022', 'a -\t1022', 'y -2019', 'q --4164,'];
    const text = lines.join('\n');
    const marked = starts(text).map((s) => text.slice(s, text.indexOf('\n', s) < 0 ? undefined : text.indexOf('\n', s)));
    expect(marked).toEqual(['x -1021', 'a - 1022 b', 'a -\u00a01022', 'a -\t1022', 'y -2019', 'q --4164,']);
    expect(starts('-1021')).toEqual([0]);
    expect(starts('ok\r\nx -1021\r\nok')).toEqual([4]);
    // A code is read within its line: a minus ending one line does not join digits starting the next.
    expect(starts('-----\n2026-01-01 ok')).toEqual([]);
  });

  it('agrees with the line-by-line reading on random text, line numbers and count included', () => {
    const alphabet = fc.constantFrom(...'-0123456789 .:]_/<\'\n\t\u00a0\u3000abcdeorCODEHTPtmynx你é'.split(''), 'err', 'code', '-1021', '4014:', 'too many', 'api-key', 'http/');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), fc.boolean(), (parts, codes) => {
        const text = parts.join('');
        expect(markLines(text, compileAutomaton(KEYWORDS, { codes }))).toEqual(reference(text, codes));
      }),
      { numRuns: 3000 },
    );
  });
});
