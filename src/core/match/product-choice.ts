/**
 * The user's product choice: the paste may not say which API answered, and a code (or message) can
 * mean different things on USD-M, COIN-M, Spot and Portfolio Margin. These read a finding again as
 * one product's catalogue entry, from the candidates decode already ranked.
 */
import { PRODUCT_NAMES, entryFor } from '../catalogue/index';
import { verdictFor } from '../knowledge/verdicts';
import type { Candidate, Finding, Product } from '../types';

/** One product a finding can be read as. */
export interface ProductChoice {
  product: Product;
  code: number;
  name: string | null;
  message: string | null;
  /** True when this product's entry differs from the decoded one (another code, name or message). */
  differs: boolean;
}

const isProduct = (s: string): s is Product => s === 'usdm' || s === 'coinm' || s === 'spot' || s === 'pm';

function bestPerProduct(finding: Finding): Map<Product, Candidate> {
  const best = new Map<Product, Candidate>();
  // NOTE: candidates come best first, so the first one of each product is that product's reading.
  for (const c of finding.candidates) if (isProduct(c.source) && !best.has(c.source)) best.set(c.source, c);
  return best;
}

/** The products a known, coded finding can be read as, the decoded one first; empty for HTTP and unknown codes. */
export function productChoices(finding: Finding): ProductChoice[] {
  if (!finding.known || finding.product == null || !isProduct(finding.product)) return [];
  const out: ProductChoice[] = [];
  for (const [product, c] of bestPerProduct(finding)) {
    const differs = c.code !== finding.code || c.name !== finding.name || (c.message ?? null) !== (finding.catalogueMessage ?? null);
    out.push({ product, code: c.code, name: c.name, message: c.message, differs: product === finding.product ? false : differs });
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
