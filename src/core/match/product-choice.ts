/**
 * The user's product choice: the paste may not say which API answered, and a code (or message) can
 * mean different things on USD-M, COIN-M, Spot and Portfolio Margin. These read a finding again as
 * one product's catalogue entry, from the candidates decode already ranked.
 */
import { PRODUCTS, PRODUCT_NAMES, entryFor, sameMeaning } from '../catalogue/index';
import { verdictFor } from '../knowledge/verdicts';
import { byMostPasted } from './product-decision';
import type { Candidate, Finding, Product } from '../types';

/** One product a finding can be read as. */
export interface ProductChoice {
  product: Product;
  code: number;
  name: string | null;
  message: string | null;
  /** True when this product's reading differs from the decoded one: another code, or the same code with another meaning. */
  differs: boolean;
}

const isProduct = (s: string): s is Product => (PRODUCTS as readonly string[]).includes(s);

function bestPerProduct(finding: Finding): Map<Product, Candidate> {
  const best = new Map<Product, Candidate>();
  // NOTE: candidates come best first, so the first one of each product is that product's reading.
  for (const c of finding.candidates) if (isProduct(c.source) && !best.has(c.source)) best.set(c.source, c);
  return best;
}

/** The same map, its keys in the given order. */
function reorder<K, V>(map: ReadonlyMap<K, V>, keys: readonly K[]): Map<K, V> {
  const out = new Map<K, V>();
  for (const k of keys) {
    const v = map.get(k);
    if (v !== undefined) out.set(k, v);
  }
  return out;
}

/**
 * The products a known, coded finding can be read as, the decoded one first; empty for HTTP and unknown
 * codes. A finding left open (product null) offers every product that has a reading, the best first,
 * each compared with that first reading.
 */
export function productChoices(finding: Finding): ProductChoice[] {
  if (!finding.known || (finding.product != null && !isProduct(finding.product))) return [];
  const read = bestPerProduct(finding);
  // NOTE: the same meaning everywhere: the most pasted API first (the one "Not sure" falls back to).
  const best = finding.productBasis === 'same-everywhere' && finding.product == null ? reorder(read, byMostPasted([...read.keys()])) : read;
  const decoded = finding.product ?? [...best.keys()][0];
  if (decoded === undefined || !isProduct(decoded)) return [];
  const out: ProductChoice[] = [];
  for (const [product, c] of best) {
    // NOTE: the same code worded differently (Spot's "occurred", USD-M's "occured") is the same meaning, not "something else".
    const differs = c.code !== finding.code || (decoded !== product && !sameMeaning(c.code, product, decoded));
    out.push({ product, code: c.code, name: c.name, message: c.message, differs: product === decoded ? false : differs });
  }
  return out;
}

/**
 * The finding read as `product`'s entry: code, name, message, family and retry verdict from that
 * product; the id, occurrences, placeholder values and evidence stay, so answers and selection stay
 * tied to the same error. Null when that product has no reading of it.
 */
export function asProduct(finding: Finding, product: Product): Finding | null {
  if (finding.product === product) return finding;
  const c = bestPerProduct(finding).get(product);
  if (c === undefined) return null;
  const entry = entryFor(product, c.code);
  if (entry === undefined) return null;
  const v = verdictFor(product, c.code);
  const chosen: Candidate = { ...c, reason: `you chose ${PRODUCT_NAMES[product]}; ${c.reason}` };
  return {
    ...finding,
    code: c.code,
    name: entry.name,
    product,
    family: entry.family,
    catalogueMessage: c.message,
    candidates: [chosen, ...finding.candidates.filter((x) => x !== c)],
    retry: v.verdict,
    outcome: v.outcome,
    benign: v.verdict === 'nothing-to-do',
  };
}

/** Which API an open finding is read as, and how it was chosen: given by the user, or the fallback ("Not sure"). */
export interface ShownFor {
  product: Product;
  /** `given`: the user's choice; `fallback`: none given (or not one of its readings), the most pasted reading. */
  by: 'given' | 'fallback';
}

/**
 * The finding to diagnose: itself where decode settled its API; left open, read as `product` where that
 * is one of its readings, else as its first reading (the app's "Not sure"), with how it was chosen.
 */
export function readAs(f: Finding, product: Product | null): { finding: Finding; shownFor: ShownFor | null } {
  if (f.product != null || !f.known) return { finding: f, shownFor: null };
  const choices = productChoices(f).map((c) => c.product);
  const pick = product != null && choices.includes(product) ? product : choices[0];
  const read = pick === undefined ? null : asProduct(f, pick);
  if (read == null || pick === undefined) return { finding: f, shownFor: null };
  return { finding: read, shownFor: { product: pick, by: pick === product ? 'given' : 'fallback' } };
}
