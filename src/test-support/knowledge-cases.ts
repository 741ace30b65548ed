/**
 * The test each knowledge module keeps beside it: its real cases (pastes from fixtures/), decoded and
 * diagnosed, must reach this module, and every rule of its tree must answer them without throwing.
 * A module no real paste reaches yet is checked on its catalogue message, key by key.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, PRODUCTS } from '../core/catalogue/index';
import { decode } from '../core/decode';
import { asProduct } from '../core/match/product-choice';
import { diagnoseWith, knowledgeFor } from '../core/diagnose/diagnose';
import { emptyEvidence } from '../core/evidence/evidence';
import { KNOWLEDGE } from '../core/knowledge/registry';
import type { Knowledge } from '../core/knowledge/types';
import type { Evidence, Finding, Product } from '../core/types';

/**
 * A real paste (a file of fixtures/pastes, or fixtures/<dir>/… when it has a slash) and the code it must yield.
 * Where the paste does not say which API answered (the finding is left open), `product` is what its
 * reporter answers to "Which API did you call?" (from the thread), and the finding is read as that API's.
 */
export interface PasteCase {
  paste: string;
  code: number;
  product?: Product;
}
/** A knowledge key checked on its catalogue entry, while no real paste reaches it. */
export interface CatalogueCase {
  catalogue: string;
}
export type KnowledgeCase = PasteCase | CatalogueCase;

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

function fromPaste(c: PasteCase): { finding: Finding; evidence: Evidence } {
  const file = c.paste.includes('/') ? resolve(FIXTURES, c.paste) : resolve(FIXTURES, 'pastes', c.paste);
  const r = decode(readFileSync(file, 'utf8'));
  const decoded = r.findings.find((f) => f.code === c.code);
  if (decoded === undefined) throw new Error(`${c.paste}: no finding with code ${c.code} (found ${r.findings.map((f) => f.code).join(', ') || 'none'})`);
  if (c.product === undefined || decoded.product != null) {
    if (c.product !== undefined && decoded.product !== c.product) throw new Error(`${c.paste}: read as ${decoded.product ?? 'open'}, the case says ${c.product}`);
    return { finding: decoded, evidence: decoded.evidence };
  }
  const finding = asProduct(decoded, c.product);
  if (finding == null) throw new Error(`${c.paste}: left open, and ${c.product} is not one of its readings`);
  return { finding, evidence: finding.evidence };
}

/** A finding as decode would make it for a knowledge key: `-1021`, `spot:-2010`, `http:503:unknown-error`. */
function fromKey(key: string): { finding: Finding; evidence: Evidence } {
  const parts = key.split(':');
  const http = parts[0] === 'http';
  const code = http ? (parts[1] === '4xx' ? 400 : parts[1] === '5xx' ? 500 : Number(parts[1])) : Number(parts.at(-1));
  const product = http ? 'http' : parts.length === 2 ? (parts[0] as Product) : PRODUCTS.find((p) => CATALOGUES[p].entries.some((e) => e.code === code)) ?? 'usdm';
  const entry = http ? undefined : CATALOGUES[product as Product].entries.find((e) => e.code === code);
  const variant: Record<string, string> = http && parts[2] !== undefined ? { variant: parts[2] } : {};
  const evidence = emptyEvidence();
  const finding: Finding = {
    id: `${product}:${code}`, code, name: entry?.name ?? null, known: true, product, family: null, confidence: 1, matchedBy: 'code',
    message: entry?.messages[0]?.text ?? null, catalogueMessage: entry?.messages[0]?.text ?? null, httpStatus: http ? code : null,
    candidates: [], occurrences: [], params: variant, retry: 'fix-first', outcome: 'rejected', benign: false, evidence, nearest: [],
  };
  return { finding, evidence };
}

/** Declares the tests of one knowledge module over its cases. */
export function checkKnowledge(knowledge: Knowledge, cases: readonly KnowledgeCase[]): void {
  describe(`knowledge ${knowledge.keys.join(', ')}`, () => {
    it('is in the registry', () => {
      expect(KNOWLEDGE).toContain(knowledge);
      expect(cases.length).toBeGreaterThan(0);
    });

    it.each(cases.map((c) => ['paste' in c ? `${c.paste} (${c.code})` : `catalogue ${c.catalogue}`, c] as const))('%s', (_name, c) => {
      const { finding, evidence } = 'paste' in c ? fromPaste(c) : fromKey(c.catalogue);
      expect(knowledgeFor(finding, KNOWLEDGE)?.knowledge).toBe(knowledge);
      const d = diagnoseWith(finding, evidence, { knowledge: KNOWLEDGE, now: 0 });
      expect(d.meaning).toBe(knowledge.meaning);
      expect(d.causes.length).toBeGreaterThan(0);
      for (const q of knowledge.tree?.questions ?? []) {
        const a = q.auto?.({ finding, evidence });
        if (a !== undefined) expect(q.options.map((o) => o.value), `${q.id} answered ${a.value}`).toContain(a.value);
      }
    });
  });
}
