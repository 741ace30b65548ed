import { describe, expect, it } from 'vitest';
import { digest } from './digest';
import { formatCount } from './labels';

describe('digest (cache keys for analyses)', () => {
  it('is stable for the same text and differs for a one-character change in a small text', () => {
    const t = 'APIError(code=-2019): Margin is insufficient.';
    expect(digest(t)).toBe(digest(`${t}`));
    expect(digest(t)).not.toBe(digest(t.replace('2019', '2018')));
  });

  it('samples a large text: head, tail and every 61st character between all count, and the length', () => {
    const base = 'x'.repeat(3_000_000);
    const at = (i: number, ch: string) => base.slice(0, i) + ch + base.slice(i + 1);
    const d = digest(base);
    expect(d).toMatch(/^s/);
    expect(digest(at(10, 'y'))).not.toBe(d);
    expect(digest(at(base.length - 10, 'y'))).not.toBe(d);
    expect(digest(at(65_536 + 61 * 1000, 'y'))).not.toBe(d);
    expect(digest(`${base}x`)).not.toBe(d);
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1234567, '1,234,567'],
    [10485760, '10,485,760'],
  ])('%i → %s', (n, s) => expect(formatCount(n)).toBe(s));
});
