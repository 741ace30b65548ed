/** Test helper for the auto-answer rules: an AutoContext from the few fields a test cares about. */
import { emptyEvidence } from '../../evidence/evidence';
import type { Evidence, Finding } from '../../types';
import type { AutoContext } from '../types';

/** A finding and evidence with defaults, overridden by what the test gives (params merge into the empty set). */
export function ruleContext(finding: Partial<Finding> = {}, evidence: Partial<Evidence> = {}): AutoContext {
  const ev = emptyEvidence();
  const f: Finding = {
    id: 'usdm:-1000', code: -1000, name: null, known: true, product: 'usdm', family: null, confidence: 1, matchedBy: 'code',
    message: null, catalogueMessage: null, httpStatus: null, candidates: [], occurrences: [], params: {}, retry: 'fix-first', outcome: 'rejected',
    benign: false, evidence: ev, nearest: [], ...finding,
  };
  return { finding: f, evidence: { ...ev, ...evidence, params: { ...ev.params, ...(evidence.params ?? {}) } } };
}
