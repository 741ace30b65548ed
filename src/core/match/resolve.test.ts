import { describe, expect, it } from 'vitest';
import { decode } from '../index';

const only = (text: string) => {
  const f = decode(text).findings;
  expect(f, text).toHaveLength(1);
  return f[0]!;
};

describe('resolveSignal: a code with its constant name', () => {
  it('is as sure as a code with its message, and the name picks the product where the code means different things', () => {
    const f = only('-2019 MARGIN_NOT_SUFFICIEN');
    expect(f).toMatchObject({ code: -2019, name: 'MARGIN_NOT_SUFFICIEN', known: true, matchedBy: 'code' });
    expect(f.confidence).toBeGreaterThanOrEqual(0.95);
    expect(f.candidates[0]?.reason).toMatch(/code and constant name MARGIN_NOT_SUFFICIEN match/);
    expect(f.conflict).toBeUndefined();
  });
});

describe('resolveSignal: code and message disagree', () => {
  it('reports the code, less sure, and flags the code the message belongs to', () => {
    const agree = only('{"code":-2019,"msg":"Margin is insufficient."}');
    const f = only('{"code":-2019,"msg":"Invalid symbol."}');
    expect(f).toMatchObject({ code: -2019, name: 'MARGIN_NOT_SUFFICIEN', known: true, conflict: { messageCode: -1121, messageName: 'BAD_SYMBOL' } });
    expect(f.confidence).toBeLessThan(agree.confidence);
    expect(f.confidence).toBeLessThanOrEqual(0.6);
  });

  it("flags another code's constant name written beside the code", () => {
    expect(only('-2019 BALANCE_NOT_SUFFICIENT')).toMatchObject({ code: -2019, conflict: { messageCode: -2018, messageName: 'BALANCE_NOT_SUFFICIENT' } });
  });

  it('flags an unknown code whose message is a known one', () => {
    expect(only('{"code":-9876,"msg":"Margin is insufficient."}')).toMatchObject({ code: -9876, known: false, conflict: { messageCode: -2019 } });
  });
});
