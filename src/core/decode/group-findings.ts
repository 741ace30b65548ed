/** Stage 3 of decode: candidates grouped into findings, one per error; a repeat adds its occurrence and placeholder values. */
import type { Signal } from '../extract/signals';
import type { Evidence, Finding, Occurrence } from '../types';
import { findingEvidence } from './attach-evidence';
import { joinOpen } from './join-open';
import type { CandidateResolver } from './resolve-candidates';
import { signature } from './signal-signature';

const MAX_OCCURRENCES = 5000;
const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

function occurrenceText(line: string, column: number): string {
  const t = line.length <= 300 ? line : line.slice(Math.max(0, column - 120), column + 180);
  return t.trim();
}

/** Adds another occurrence of an error to its finding: new placeholder values, and the stronger match if this one is. */
function addRepeat(f: Finding, occ: Occurrence, r: Pick<Finding, 'params' | 'confidence' | 'matchedBy' | 'catalogueMessage' | 'message' | 'httpStatus'>): void {
  if (f.occurrences.length < MAX_OCCURRENCES && f.occurrences.at(-1)?.line !== occ.line) f.occurrences.push(occ);
  for (const k in r.params) f.params[k] ??= r.params[k] ?? '';
  if (f.confidence < r.confidence) {
    f.confidence = r.confidence;
    f.matchedBy = r.matchedBy;
    f.catalogueMessage = r.catalogueMessage;
  }
  f.message ??= r.message;
  f.httpStatus ??= r.httpStatus;
}

/**
 * Groups the signals (in line order) into findings by id, in order of first occurrence, resolving each
 * with `resolver` unless it repeats an error already resolved; `originals` gives each line's text.
 */
export function groupFindings(signals: readonly Signal[], originals: ReadonlyMap<number, string>, resolver: CandidateResolver, global: Evidence): Map<string, Finding> {
  const findings = new Map<string, Finding>();
  // NOTE: a repeat of an error already resolved (same signature, no product ambiguity) reuses that finding.
  const bySignature = new Map<string, Finding>();
  for (const sig of signals) {
    const occ = { line: sig.line, column: sig.column, text: occurrenceText(originals.get(sig.line) ?? '', sig.column) };
    // NOTE: in a paste that mixes products the same error may come from two APIs: each is read in its own place.
    const sigKey = resolver.mixed ? null : signature(sig);
    const again = sigKey == null ? undefined : bySignature.get(sigKey);
    if (again !== undefined) {
      if (again.occurrences.length < MAX_OCCURRENCES && again.occurrences.at(-1)?.line !== occ.line) again.occurrences.push(occ);
      for (const k in sig.params) again.params[k] ??= sig.params[k] ?? '';
      continue;
    }
    let shapeKey: string | null = null;
    if (sigKey == null && sig.kind !== 'http') {
      shapeKey = resolver.shapeKey(sig);
      const r = resolver.repeatOf(shapeKey, sig);
      const f = r === undefined ? undefined : findings.get(r.id);
      if (r !== undefined && f !== undefined) {
        const params = r.known ? sig.params : NO_PARAMS;
        addRepeat(f, occ, { params, confidence: r.confidence, matchedBy: r.matchedBy, catalogueMessage: r.catalogueMessage, message: sig.message, httpStatus: sig.httpStatus });
        continue;
      }
    }
    const { resolved, local } = resolver.resolve(sig, shapeKey);
    const f = findings.get(resolved.id);
    if (f === undefined) {
      const created: Finding = { ...resolved, params: { ...resolved.params }, occurrences: [occ], evidence: findingEvidence(local, global, sig) };
      findings.set(resolved.id, created);
      if (sigKey != null) bySignature.set(sigKey, created);
    } else {
      if (sigKey != null) bySignature.set(sigKey, f);
      addRepeat(f, occ, resolved);
    }
  }
  joinOpen(findings);
  return findings;
}
