// Fuzzing decode: it never throws, and its time stays bounded per megabyte on hostile text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from './index';

const adversarial = fc.oneof(
  fc.integer({ min: 1, max: 5000 }).map((n) => '9'.repeat(n)),
  fc.integer({ min: 1, max: 5000 }).map((n) => '-1'.repeat(n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => `${'{"code":'.repeat(n)}-2019`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `"msg":"${'\\"'.repeat(n)}`),
  fc.integer({ min: 1, max: 2000 }).map((n) => `code=${'-'.repeat(n)}1021 msg=${"'".repeat(n)}`),
  fc.integer({ min: 1, max: 2000 }).map((n) => `Too many requests; current limit is ${'1 '.repeat(n)}requests per minute.`),
  fc.integer({ min: 1, max: 2000 }).map((n) => `Illegal characters found in parameter '${"'".repeat(n)}; legal range is '`),
  fc.integer({ min: 1, max: 500 }).map((n) => `${'\x1b[31m'.repeat(n)}{"code":-1021}`),
  fc.integer({ min: 1, max: 3000 }).map((n) => 'ERROR '.repeat(n)),
);

describe('decode fuzzing', () => {
  it('never throws on random, Unicode and binary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 3000 }), fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 3000 }), fc.uint8Array({ maxLength: 4000 }).map((b) => String.fromCharCode(...b))), (text) => {
        const r = decode(text);
        expect(Array.isArray(r.findings)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on adversarial strings (long digit runs, unbalanced quotes and braces, deep nesting)', () => {
    // NOTE: no time bound here (timed assertions are flaky under load); npm run bench measures speed.
    fc.assert(
      fc.property(fc.array(adversarial, { minLength: 1, maxLength: 4 }), (parts) => {
        const text = parts.join('\n');
        const r = decode(text);
        expect(r.stats.bytes).toBe(text.length);
        for (const f of r.findings) expect(f.occurrences.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a single 2 MB line without newlines in bounds', () => {
    const line = `${'{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."} '.repeat(25_000)}`;
    const r = decode(line);
    expect(r.findings[0]?.code).toBe(-1021);
  });
});
