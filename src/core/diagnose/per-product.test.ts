// Meaning, causes, endpoints and code follow the finding's product: every knowledge key, read as every product
// whose catalogue has that code, names only that product's endpoints.
import { describe, expect, it } from 'vitest';
import { PRODUCTS, entryFor } from '../catalogue/index';
import { KNOWLEDGE } from '../knowledge/registry';
import { ruleContext } from '../knowledge/rules/testing';
import type { Product } from '../types';
import { diagnoseWith, type Diagnosis } from './diagnose';
import { apiOf, mapPath, retargetText } from './per-product';

/** Every text a diagnosis shows. */
const texts = (d: Diagnosis): string[] => [
  d.meaning,
  d.retry.advice,
  ...[...d.path.map((p) => p.question), ...(d.next != null ? [d.next] : [])].flatMap((q) => [q.text, q.help ?? '', ...q.options.map((o) => o.label)]),
  ...d.causes.flatMap((c) => [c.title, c.why, ...c.fixes.flatMap((f) => [f.title, ...f.steps, f.confirm?.path ?? '', f.confirm?.look ?? '', ...(f.snippets ?? []).map((s) => s.code)])]),
];

/** Each knowledge key with each product it applies to (a code-only key: every product whose catalogue has the code). */
const pairs: [string, Product, number][] = KNOWLEDGE.flatMap((k) =>
  k.keys.flatMap((key): [string, Product, number][] => {
    if (key.startsWith('http:')) return [];
    const [p, c] = key.includes(':') ? key.split(':') : [null, key];
    const code = Number(c);
    const products = p != null ? [p as Product] : PRODUCTS.filter((x) => entryFor(x, code) !== undefined);
    return products.map((x): [string, Product, number] => [key, x, code]);
  }),
);
const HTTP_KEYS = KNOWLEDGE.flatMap((k) => k.keys.filter((key) => key.startsWith('http:')));

function violations(product: Product, d: Diagnosis): string[] {
  const all = texts(d).join('\n');
  const api = apiOf(product);
  const re = api === 'spot' ? /\/[fd]api\/v\d\/[\w/]*/g : api != null ? /\/api\/v3\/order\b[\w/]*/g : null;
  return re == null ? [] : [...all.matchAll(re)].map((m) => m[0]);
}

describe('diagnosis per product', () => {
  it('no Spot finding names a /fapi/ or /dapi/ endpoint; no futures finding names /api/v3/order', () => {
    expect(pairs.length).toBeGreaterThan(300);
    const bad: string[] = [];
    for (const [key, product, code] of pairs) {
      const { finding, evidence } = ruleContext({ code, product, id: `${product}:${code}` });
      const d = diagnoseWith(finding, evidence, { knowledge: KNOWLEDGE });
      const v = violations(product, d);
      if (v.length > 0) bad.push(`${key} as ${product}: ${[...new Set(v)].join(', ')}`);
    }
    for (const key of HTTP_KEYS) {
      const [, status, variant] = key.split(':');
      for (const product of ['spot', 'usdm'] as Product[]) {
        const { finding, evidence } = ruleContext({ code: Number(status), product: 'http', id: key, params: variant !== undefined ? { variant } : {} }, { product });
        const v = violations(product, diagnoseWith(finding, evidence, { knowledge: KNOWLEDGE }));
        if (v.length > 0) bad.push(`${key} with ${product} evidence: ${[...new Set(v)].join(', ')}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('rewrites a neutral sentence to the product, keeps the bracketed alternative, and leaves out what the product lacks', () => {
    const s = 'Look it up with GET /fapi/v1/order (COIN-M /dapi/v1/order, Spot /api/v3/order, PM /papi/v1/um/order) using origClientOrderId, or watch ORDER_TRADE_UPDATE (Spot: executionReport).';
    expect(retargetText(s, 'spot')).toBe('Look it up with GET /api/v3/order using origClientOrderId, or watch executionReport.');
    expect(retargetText(s, 'coinm')).toBe('Look it up with GET /dapi/v1/order using origClientOrderId, or watch ORDER_TRADE_UPDATE.');
    expect(retargetText(s, 'usdm')).toBe('Look it up with GET /fapi/v1/order using origClientOrderId, or watch ORDER_TRADE_UPDATE.');
    expect(retargetText('Read the mode first (GET /fapi/v1/positionSide/dual). Then send the order.', 'spot')).toBe('Then send the order.');
    expect(retargetText('A key from /api/v3/userDataStream renewed on /fapi/v1/listenKey is unknown there.', 'spot')).toBe(
      'A key from /api/v3/userDataStream renewed on the USD-M Futures listenKey endpoint is unknown there.',
    );
    expect(mapPath('/fapi/v3/positionRisk', 'coinm')).toBe('/dapi/v1/positionRisk');
    expect(mapPath('/sapi/v1/asset/transfer', 'usdm')).toBe('/sapi/v1/asset/transfer');
  });
});
