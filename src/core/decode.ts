/** decode(text): every Binance error in a paste, grouped per error, with the paste's evidence. One pass over the lines. */
import { findCandidates, type DecodeOptions } from './decode/find-candidates';
import { attachEvidence } from './decode/attach-evidence';
import { dropOtherExchanges } from './decode/other-exchanges';
import { candidateResolver } from './decode/resolve-candidates';
import { groupFindings } from './decode/group-findings';
import { orderFindings } from './decode/order-findings';
import type { DecodeResult } from './types';

/** Options for long inputs: progress reports and cancellation between chunks of lines. */
export type { DecodeOptions };

/**
 * Finds and identifies every Binance error in `text`. Pure and synchronous. The stages in src/core/decode/:
 * find the candidates (one pass over the lines); drop those another exchange gave; read the evidence around them and move HTTP statuses onto
 * coded errors (before resolving: the evidence near an error ranks its meanings); group them into findings,
 * resolving each against the catalogues unless it repeats one already resolved; order the findings.
 */
export function decode(text: string, options: DecodeOptions = {}): DecodeResult {
  const found = findCandidates(text, options);
  dropOtherExchanges(text, found);
  const evidence = attachEvidence(text, found);
  const resolver = candidateResolver(evidence);
  const grouped = groupFindings(found.signals, found.originals, resolver, evidence.global);
  return {
    findings: orderFindings(grouped, evidence.global),
    evidence: evidence.global,
    stats: { lines: found.lineCount, bytes: text.length, signals: found.signals.length },
  };
}
