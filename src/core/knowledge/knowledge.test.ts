// Checks on the authored knowledge: coverage of every catalogue code, trees without dead ends or
// cycles, a fix for every cause (snippets are checked by snippets.test.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, PRODUCTS } from '../catalogue/index';
import { diagnoseWith, knowledgeFor } from '../diagnose/diagnose';
import { emptyEvidence } from '../evidence/evidence';
import type { Finding } from '../types';
import { KNOWLEDGE } from './registry';
import { verdictTable } from './verdict-table';

function findingFor(product: string, code: number, name: string | null): Finding {
  return {
    id: `${product}:${code}`, code, name, known: true, product: product as Finding['product'], family: null, confidence: 1, matchedBy: 'code',
    message: null, catalogueMessage: null, httpStatus: null, candidates: [], occurrences: [], params: {}, retry: 'fix-first', outcome: 'rejected',
    benign: false, evidence: emptyEvidence(), nearest: [],
  };
}

const allCodes = PRODUCTS.flatMap((p) => CATALOGUES[p].entries.map((e) => ({ product: p, code: e.code, name: e.name })));

describe('knowledge', () => {
  it('gives every code of every catalogue a meaning, a verdict and causes with fixes', () => {
    for (const { product, code, name } of allCodes) {
      const d = diagnoseWith(findingFor(product, code, name), undefined, { knowledge: KNOWLEDGE });
      expect(d.meaning.length, `${product}:${code}`).toBeGreaterThan(20);
      expect(d.causes.length, `${product}:${code}`).toBeGreaterThan(0);
      for (const c of d.causes) expect(c.fixes.length, `${product}:${code} ${c.id}`).toBeGreaterThan(0);
    }
  });

  it('uses each key once', () => {
    const keys = KNOWLEDGE.flatMap((k) => k.keys);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('has trees with no dead ends, no cycles and no unreachable questions, ranking only known causes', () => {
    for (const k of KNOWLEDGE) {
      if (k.tree === undefined) continue;
      const ids = new Set(k.tree.questions.map((q) => q.id));
      const causeIds = new Set(k.causes.map((c) => c.id));
      expect(ids.has(k.tree.start), k.keys[0]).toBe(true);
      for (const q of k.tree.questions) {
        expect(q.options.length, `${k.keys[0]} ${q.id}`).toBeGreaterThan(1);
        for (const o of q.options) {
          expect(o.next !== undefined || (o.ranks?.length ?? 0) > 0, `${k.keys[0]} ${q.id}/${o.value} is a dead end`).toBe(true);
          if (o.next !== undefined) expect(ids.has(o.next), `${k.keys[0]} ${q.id}/${o.value} → ${o.next}`).toBe(true);
          for (const r of o.ranks ?? []) expect(causeIds.has(r), `${k.keys[0]} ranks unknown cause ${r}`).toBe(true);
        }
      }
      const reached = new Set<string>();
      const visit = (id: string, stack: string[]): void => {
        expect(stack.includes(id), `${k.keys[0]} has a cycle through ${id}`).toBe(false);
        reached.add(id);
        const q = k.tree?.questions.find((x) => x.id === id);
        for (const o of q?.options ?? []) if (o.next !== undefined) visit(o.next, [...stack, id]);
      };
      visit(k.tree.start, []);
      expect([...ids].filter((i) => !reached.has(i)), `${k.keys[0]} unreachable`).toEqual([]);
    }
  });

  it('keeps the verdict table decode uses equal to the knowledge', () => {
    const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, 'verdicts.json'), 'utf8')) as unknown;
    expect(committed).toEqual(verdictTable(KNOWLEDGE));
  });

  it('reports how many codes rely on a family default', () => {
    const defaults = allCodes.filter(({ product, code, name }) => knowledgeFor(findingFor(product, code, name), KNOWLEDGE) == null);
    // NOTE: the share is printed for the notes; the bound keeps it from growing unnoticed.
    console.info(`family defaults: ${defaults.length} of ${allCodes.length} codes`);
    expect(defaults.length / allCodes.length).toBeLessThanOrEqual(0.1);
  });
});
