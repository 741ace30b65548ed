// Checks on the authored knowledge: coverage of every catalogue code, trees without dead ends or
// cycles, a fix for every cause (snippets are checked by snippets.test.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, FOUNDING_PRODUCTS, PRODUCTS } from '../catalogue/index';
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
    const usesDefault = ({ product, code, name }: (typeof allCodes)[number]): boolean => knowledgeFor(findingFor(product, code, name), KNOWLEDGE) == null;
    const founding = allCodes.filter((c) => FOUNDING_PRODUCTS.includes(c.product));
    const defaults = founding.filter(usesDefault);
    // NOTE: the shares are printed for the notes; the bound keeps the founding four's from growing unnoticed.
    console.info(`family defaults: ${defaults.length} of ${founding.length} codes of ${FOUNDING_PRODUCTS.join(', ')}`);
    for (const p of PRODUCTS.filter((x) => !FOUNDING_PRODUCTS.includes(x))) {
      const codes = allCodes.filter((c) => c.product === p);
      console.info(`  ${p}: ${codes.filter(usesDefault).length} of ${codes.length} codes on a family default`);
    }
    expect(defaults.length / founding.length).toBeLessThanOrEqual(0.1);
  });

  it('gives a later product’s code its own family, never another product’s meaning of the same number', () => {
    // A SAPI code no knowledge covers reads as its own SAPI family (Binance Code gift cards), with its own message.
    const d = diagnoseWith(findingFor('sapi', -18005, null), undefined, { knowledge: KNOWLEDGE });
    expect(d.usesFamilyDefault).toBe(true);
    expect(d.meaning).toMatch(/gift card/i);
    expect(d.meaning).toMatch(/Too many invalid verify attempts/);
    // SAPI -4026 is a wallet balance: its own knowledge, never USD-M's COMMISSION_INVALID of the same number.
    const wallet = diagnoseWith(findingFor('sapi', -4026, 'CAPITAL_WITHDRAW_USER_ASSET_NOT_ENOUGH'), undefined, { knowledge: KNOWLEDGE });
    expect(wallet.key).toBe('sapi:-4026');
    expect(wallet.meaning).not.toMatch(/commission/i);
    // Same meaning everywhere: SAPI's -1003 borrows the knowledge of TOO_MANY_REQUESTS.
    expect(knowledgeFor(findingFor('sapi', -1003, 'TOO_MANY_REQUESTS'), KNOWLEDGE)?.key).toBe('-1003');
    const busy = diagnoseWith(findingFor('sapi', -3044, 'SYSTEM_BUSY'), undefined, { knowledge: KNOWLEDGE });
    expect(busy.retry.verdict).toBe('retry-after-wait');
    const stream = diagnoseWith(findingFor('wsapi', 2, null), undefined, { knowledge: KNOWLEDGE });
    expect(stream.meaning).toMatch(/WebSocket streams/);
  });
});
