/**
 * Weighing what a paste says about the product of one error: every product item near it, nearest first
 * (its own line, its request's lines, then lines further away), and the paste as a whole only where
 * the paste does not mix products. The outcome is the set of products the evidence points to, or none.
 */
import type { Library, Product } from '../types';
import type { EvidenceItem } from './evidence';
import { WEIGHT } from './product-rules';
import { proximity, type RequestScope } from './request-scope';

/** Why a product scores: a rule's reason, the line it matched and whether that is the error's own line. */
interface Why {
  reason: string;
  line: number;
  same: boolean;
}

/** Each product's weighed evidence, with its first reasons (formatted only where shown). */
export type ProductScores = Map<Product, { score: number; why: Why[] }>;

const say = (w: Why): string => `${w.reason}${w.same ? ' on the same line' : ` on line ${w.line}`}`;

/** What the evidence says about one error's product. */
export interface ProductLean {
  /** The products it points to (all within half the best score), best first; empty where it says too little. */
  products: Product[];
  /** Whether it points strongly enough to outweigh a message's wording (an endpoint or client call of its request). */
  strong: boolean;
  /** The best-scored product's reasons, nearest first. */
  reasons: string[];
  /** Every product's score. */
  scores: ReadonlyMap<Product, number>;
}

/** Below this, evidence does not point anywhere (a symbol form three lines away does not). */
export const MIN_LEAN = 2;
/** From this on, evidence outweighs a message worded as on another product's page (a client call in its traceback does). */
export const STRONG_LEAN = 3;
/** How much the whole paste counts towards an error (only where the paste does not mix products): an endpoint anywhere in it leans, weakly. */
const PASTE_SHARE = 0.4;

const isCcxt = (lib: Library | null): boolean => lib === 'ccxt-python' || lib === 'ccxt-js';

function add(scores: ProductScores, it: EvidenceItem, w: number, same: boolean): void {
  for (const p of it.products ?? [it.key as Product]) {
    let v = scores.get(p);
    if (v === undefined) {
      v = { score: 0, why: [] };
      scores.set(p, v);
    }
    v.score += w;
    if (v.why.length < 3 && !v.why.some((x) => x.reason === it.reason)) v.why.push({ reason: it.reason, line: it.line, same });
  }
}

/** The product items of the paste, weighed without distance (for the paste-wide lean). */
export function pasteScores(items: readonly EvidenceItem[], library: Library | null): ProductScores {
  const scores: ProductScores = new Map();
  for (const it of items) if (it.kind === 'product' && !(it.notCcxt === true && isCcxt(library))) add(scores, it, it.weight, false);
  return scores;
}

/**
 * Whether the paste points to products that cannot all be right at once (Spot and USD-M endpoints, say):
 * then its whole does not speak for any one error, and each error keeps its own evidence. Only endpoints
 * and client calls of one product count (a futures-only parameter names a group, not a product).
 */
export function mixedProducts(items: readonly EvidenceItem[], library: Library | null): boolean {
  let first: Product | null = null;
  for (const it of items) {
    if (it.kind !== 'product' || it.weight < WEIGHT.client || (it.products?.length ?? 1) > 1 || (it.notCcxt === true && isCcxt(library))) continue;
    const p = it.key as Product;
    if (first == null) first = p;
    else if (p !== first) return true;
  }
  return false;
}

/** The items around one error weighed by how near they are to it, plus a share of the paste's where it is not mixed. */
export function errorScores(items: readonly EvidenceItem[], scope: RequestScope, library: Library | null, paste: ProductScores | null): ProductScores {
  const scores: ProductScores = new Map();
  for (const it of items) {
    if (it.kind !== 'product' || (it.notCcxt === true && isCcxt(library))) continue;
    const w = it.weight * proximity(scope, it.line);
    add(scores, it, w, it.line === scope.line);
  }
  if (paste != null) {
    for (const [p, v] of paste) {
      const have = scores.get(p) ?? { score: 0, why: [] };
      have.score += Math.min(MIN_LEAN, v.score * PASTE_SHARE);
      for (const w of v.why) if (have.why.length < 3 && !have.why.some((x) => x.reason === w.reason)) have.why.push(w);
      scores.set(p, have);
    }
  }
  return scores;
}

/** Where scores point: the products within half the best score, if the best reaches MIN_LEAN. */
export function leanOf(scores: ProductScores): ProductLean {
  let best = 0;
  const plain = new Map<Product, number>();
  for (const [p, v] of scores) {
    best = Math.max(best, v.score);
    plain.set(p, v.score);
  }
  if (best < MIN_LEAN) return { products: [], strong: false, reasons: [], scores: plain };
  const products = [...scores].filter(([, v]) => v.score >= best / 2).sort((a, b) => b[1].score - a[1].score).map(([p]) => p);
  const top = products[0];
  return { products, strong: best >= STRONG_LEAN, reasons: top === undefined ? [] : (scores.get(top)?.why ?? []).map(say), scores: plain };
}

/** A key that is equal for two leans that rank candidates the same. */
export function leanKey(lean: ProductLean): string {
  return `${lean.products.join(',')}${lean.strong ? '!' : ''}`;
}

/** Scratch scores for windowLeanKey, by product (one call at a time: JavaScript runs one). */
const scratch = new Map<Product, [all: number, unlessCcxt: number]>();

/**
 * The key leanKey(leanOf(errorScores(items, scope))) gives for the items of a window around the error on
 * `line`, taken as its own block (no request lines or boundaries), computed without building them: for
 * keying the repeats of an error, where a long log has thousands. `lists` are the window's lines' items.
 */
export function windowLeanKey(lists: readonly (readonly EvidenceItem[])[], line: number, pasteLibrary: Library | null, paste: ProductScores | null): string {
  for (const v of scratch.values()) {
    v[0] = 0;
    v[1] = 0;
  }
  let ccxt = isCcxt(pasteLibrary);
  for (const items of lists) {
    for (const it of items) {
      if (it.kind === 'library') {
        if (it.key.startsWith('ccxt')) ccxt = true;
        continue;
      }
      if (it.kind !== 'product') continue;
      const d = it.line - line;
      const w = it.weight * (d === 0 ? 1.5 : d < 0 ? 1 / (1 - d / 16) : 0.4 / (1 + d / 16));
      for (const p of it.products ?? [it.key as Product]) {
        let v = scratch.get(p);
        if (v === undefined) scratch.set(p, (v = [0, 0]));
        v[it.notCcxt === true ? 1 : 0] += w;
      }
    }
  }
  if (paste != null) for (const [p, v] of paste) {
    let have = scratch.get(p);
    if (have === undefined) scratch.set(p, (have = [0, 0]));
    have[0] += Math.min(MIN_LEAN, v.score * PASTE_SHARE);
  }
  let best = 0;
  for (const v of scratch.values()) best = Math.max(best, v[0] + (ccxt ? 0 : v[1]));
  if (best < MIN_LEAN) return '';
  const products = [...scratch].filter(([, v]) => v[0] + (ccxt ? 0 : v[1]) >= best / 2).sort((a, b) => b[1][0] + (ccxt ? 0 : b[1][1]) - (a[1][0] + (ccxt ? 0 : a[1][1]))).map(([p]) => p);
  return `${products.join(',')}${best >= STRONG_LEAN ? '!' : ''}`;
}
