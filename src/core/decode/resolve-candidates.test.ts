import { describe, expect, it } from 'vitest';
import { scanLine, type Signal } from '../extract/signals';
import { emptyEvidence, foldEvidence, type EvidenceItem } from '../evidence/evidence';
import { errorScores, leanKey, leanOf } from '../evidence/product-votes';
import type { Product } from '../types';
import type { PasteEvidence } from './attach-evidence';
import { candidateResolver } from './resolve-candidates';

const signalOf = (line: string, lineNo: number): Signal => {
  const out: Signal[] = [];
  scanLine(line, lineNo, () => undefined, out, { fuzzy: 400, small: true });
  return out[0]!;
};

/** Evidence with one product item on `line` (none if product is null), each error reading the twelve lines before it and four after; records the lines asked about. */
const evidenceWith = (product: Product | null, line: number, asked: number[] = []): PasteEvidence => {
  const items: EvidenceItem[] = product == null ? [] : [{ line, kind: 'product', key: product, value: product, weight: 5, reason: `a ${product} endpoint` }];
  const windowItems = (from: number, to: number): EvidenceItem[] => items.filter((it) => it.line >= from && it.line <= to);
  const near = (ln: number) => {
    const scope = { line: ln, blockFrom: ln, blockTo: ln, from: ln - 12, to: ln + 4, others: new Set<number>() };
    const inWindow = windowItems(scope.from, scope.to);
    const lean = leanOf(errorScores(inWindow, scope, null, null));
    return { local: foldEvidence(inWindow, scope), lean, key: leanKey(lean) };
  };
  return {
    global: emptyEvidence(),
    mixed: false,
    windowItems,
    near: (ln) => {
      asked.push(ln);
      return near(ln);
    },
    leanKeyAt: (ln) => near(ln).key,
  };
};

describe('candidateResolver: resolve', () => {
  it('resolves a JSON body to its catalogue entry with the evidence of its own line', () => {
    const asked: number[] = [];
    const { resolved, local } = candidateResolver(evidenceWith(null, 0, asked)).resolve(signalOf('{"code":-2019,"msg":"Margin is insufficient."}', 20), null);
    expect(resolved).toMatchObject({ id: 'open:-2019', product: null, code: -2019, name: 'MARGIN_NOT_SUFFICIEN', known: true, matchedBy: 'code' });
    expect(asked).toEqual([20]);
    expect(local.product).toBeNull();
  });

  it('gives each resolution its own copy of the evidence', () => {
    const resolver = candidateResolver(evidenceWith('usdm', 4));
    const a = resolver.resolve(signalOf('{"code":-2019,"msg":"Margin is insufficient."}', 5), null).local;
    a.params.symbol = 'BTCUSDT';
    expect(resolver.resolve(signalOf('{"code":-2019,"msg":"Margin is insufficient."}', 5), null).local.params).toEqual({});
  });

  it('ranks a colliding code by the evidence in its window: a COIN-M endpoint makes -4087 INVALID_PAIR', () => {
    const sig = signalOf('{"code":-4087,"msg":"x"}', 5);
    const { resolved, local } = candidateResolver(evidenceWith('coinm', 3)).resolve(sig, null);
    expect(resolved).toMatchObject({ id: 'coinm:-4087', product: 'coinm', name: 'INVALID_PAIR' });
    expect(local.product).toBe('coinm');
    const far = candidateResolver(evidenceWith('coinm', 30)).resolve(sig, null);
    expect(far.resolved.candidates.map((c) => c.name)).toEqual(expect.arrayContaining(['REDUCE_ONLY_ORDER_PERMISSION', 'INVALID_PAIR']));
    expect(far.resolved).toMatchObject({ product: null, id: 'open:-4087' });
    expect(far.resolved.confidence).toBeLessThan(0.9);
  });

  it('resolves an HTTP 418 line as the HTTP-level error', () => {
    const { resolved } = candidateResolver(evidenceWith(null, 0)).resolve(signalOf("HTTP/1.1 418 I'm a teapot", 1), null);
    expect(resolved).toMatchObject({ id: 'http:418', product: 'http', code: 418, httpStatus: 418 });
  });
});

describe('candidateResolver: repeats of an ambiguous signal', () => {
  it('keys a signal by its shape and the products around it', () => {
    const resolver = candidateResolver(evidenceWith('spot', 9));
    expect(resolver.shapeKey(signalOf('Order would immediately trigger.', 10))).toBe('template||spot!|Order would immediately trigger.');
    expect(resolver.shapeKey(signalOf('Order would immediately trigger.', 40))).toBe('template|||Order would immediately trigger.');
  });

  it('remembers how a shape resolved, for a signal of the same shape only', () => {
    const resolver = candidateResolver(evidenceWith(null, 0));
    const first = signalOf('Order would immediately trigger.', 2);
    const key = resolver.shapeKey(first);
    expect(resolver.repeatOf(key, first)).toBeUndefined();
    const { resolved } = resolver.resolve(first, key);
    const again = resolver.repeatOf(key, signalOf('Order would immediately trigger.', 7));
    expect(again).toMatchObject({ id: resolved.id, confidence: resolved.confidence, matchedBy: 'template' });
    expect(resolver.repeatOf(key, signalOf('Quantity less than or equal to zero.', 9))).toBeUndefined();
  });

  it('remembers nothing resolved without a shape key', () => {
    const resolver = candidateResolver(evidenceWith(null, 0));
    const sig = signalOf('Order would immediately trigger.', 2);
    resolver.resolve(sig, null);
    expect(resolver.repeatOf(resolver.shapeKey(sig), sig)).toBeUndefined();
  });
});
