/**
 * An error left open (its product unknown where it stands), or read as the most common product only
 * because it means the same everywhere, that the same paste reports elsewhere with its product settled by
 * evidence or wording — `Order's notional must be no smaller than 20` under a line that says `[-4164]`, a
 * bare -2010 above Spot's wording of it — is that error: it joins the settled finding nearest it.
 */
import type { Finding } from '../types';

const MAX_OCCURRENCES = 5000;

/** The settled finding an open one is another sighting of: one of its readings, nearest its first occurrence. */
function settledTwin(open: Finding, settled: readonly Finding[]): Finding | undefined {
  const at = open.occurrences[0]?.line ?? 0;
  let best: Finding | undefined;
  let bestD = Infinity;
  for (const f of settled) {
    if (!open.candidates.some((c) => c.source === f.product && c.code === f.code)) continue;
    const d = Math.min(...f.occurrences.slice(0, 50).map((o) => Math.abs(o.line - at)));
    if (d < bestD) {
      best = f;
      bestD = d;
    }
  }
  return best;
}

/** Joins each open (or merely most-common) finding to its settled twin, if the paste has one; the findings stay in order of first occurrence. */
export function joinOpen(findings: Map<string, Finding>): void {
  const loose = (f: Finding): boolean => f.known && f.product !== 'http' && (f.product == null || f.productBasis === 'same-everywhere');
  const open = [...findings.values()].filter(loose);
  if (open.length === 0) return;
  const settled = [...findings.values()].filter((f) => f.known && f.product != null && f.product !== 'http' && !loose(f));
  let moved = false;
  const weak = open.filter((f) => f.product != null);
  for (const f of open) {
    // NOTE: an open finding may also join one read as the most common product where the error means the same everywhere.
    const twin = settledTwin(f, settled) ?? (f.product == null ? settledTwin(f, weak.filter((w) => findings.get(w.id) === w)) : undefined);
    if (twin === undefined) continue;
    twin.occurrences = [...twin.occurrences, ...f.occurrences].sort((a, b) => a.line - b.line || a.column - b.column).slice(0, MAX_OCCURRENCES);
    for (const k in f.params) twin.params[k] ??= f.params[k] ?? '';
    twin.message ??= f.message;
    twin.httpStatus ??= f.httpStatus;
    findings.delete(f.id);
    moved = true;
  }
  if (!moved) return;
  const ordered = [...findings.values()].sort((a, b) => (a.occurrences[0]?.line ?? 0) - (b.occurrences[0]?.line ?? 0));
  findings.clear();
  for (const f of ordered) findings.set(f.id, f);
}
