/** Stage 5 of decode: the findings in order with their verdicts in their situation, and what they say about the whole paste (its HTTP status, a product from their wording). */
import { verdictInSituation } from '../knowledge/verdicts';
import type { Evidence, Finding, Product } from '../types';

/**
 * The findings in order of first occurrence (the order `groupFindings` created them in); sets the paste's
 * HTTP status from the first finding that has one and, with no other evidence, the product their wording points to.
 */
export function orderFindings(findings: ReadonlyMap<string, Finding>, global: Evidence): Finding[] {
  const ordered = [...findings.values()];
  // NOTE: each verdict in its situation (a timeout on a GET is safe to retry, on an order query-order-first …).
  for (const f of ordered) {
    const v = verdictInSituation(f, f.evidence);
    f.retry = v.verdict;
    f.outcome = v.outcome;
  }
  markEarlier(ordered);
  global.httpStatus = ordered.find((f) => f.httpStatus != null)?.httpStatus ?? null;
  if (global.product == null) inferProductFromWording(global, ordered);
  return ordered;
}

/**
 * With no other evidence, a message worded as on one product's page only (Spot's "Too much request
 * weight used", a futures-only code) points to that product — weakly, and said so.
 */
function inferProductFromWording(ev: Evidence, findings: readonly Finding[]): void {
  const votes = new Map<Product, string>();
  for (const f of findings) {
    const exact = f.candidates.filter((c) => c.score >= 0.99 && c.source !== 'http');
    const products = new Set(exact.map((c) => c.source));
    const only = [...products][0];
    if (products.size === 1 && only !== undefined && only !== 'http') votes.set(only, `${f.code} is worded as on the ${only} page only`);
  }
  if (votes.size !== 1) return;
  const [product, reason] = [...votes][0] ?? [];
  if (product === undefined || reason === undefined) return;
  ev.product = product;
  ev.productConfidence = 0.5;
  ev.productReasons = [reason];
}

/** How many earlier errors a finding keeps: a knock-on error follows closely. */
const EARLIER = 5;

/**
 * Each coded finding's `earlier`: the other coded errors the paste shows before its first occurrence,
 * nearest first — where a -4003 "Quantity less than zero" follows a -4061, or a -1015 a run of -2010s,
 * the first error is often the one to fix.
 */
export function markEarlier(findings: readonly Finding[]): void {
  const coded = findings.filter((f) => f.known && f.product !== 'http' && f.occurrences.length > 0);
  if (coded.length < 2) return;
  for (const f of coded) {
    const at = f.occurrences[0]?.line ?? 0;
    const before = coded
      .filter((g) => g !== f && (g.occurrences[0]?.line ?? Infinity) < at)
      .map((g) => ({ code: g.code, line: lastLineBefore(g.occurrences, at) }))
      .sort((a, b) => b.line - a.line)
      .slice(0, EARLIER);
    if (before.length > 0) f.earlier = before;
  }
}

/** The last line before `at` among occurrences in line order (a log keeps thousands: halved, not scanned). */
function lastLineBefore(occurrences: readonly Finding['occurrences'][number][], at: number): number {
  let lo = 0;
  let hi = occurrences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((occurrences[mid]?.line ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return occurrences[lo - 1]?.line ?? 0;
}
