/** Merges decode results of consecutive chunks of one text (used for files too large to hold at once). */
import type { DecodeResult, Evidence, Finding } from './types';

const MAX_OCCURRENCES = 500;

/** Evidence of two chunks as one: the earlier chunk's facts first; the later chunk's lines moved by `offset`. */
function mergeEvidence(a: Evidence, b: Evidence, offset: number): Evidence {
  const shift = (ln: number | null | undefined): number | null => (ln == null ? null : ln + offset);
  const bLines = Object.fromEntries(Object.entries(b.paramLines).map(([k, ln]) => [k, ln + offset])) as Evidence['paramLines'];
  return {
    product: a.product ?? b.product,
    productConfidence: a.product != null ? a.productConfidence : b.productConfidence,
    productReasons: a.product != null ? a.productReasons : b.productReasons,
    library: a.library ?? b.library,
    libraryReason: a.library != null ? a.libraryReason : b.libraryReason,
    endpoint: a.endpoint ?? b.endpoint,
    endpointLine: a.endpoint != null ? a.endpointLine : shift(b.endpointLine),
    method: a.method ?? b.method,
    methodLine: a.method != null ? a.methodLine : shift(b.methodLine),
    httpStatus: a.httpStatus ?? b.httpStatus,
    params: { ...b.params, ...a.params },
    paramLines: { ...bLines, ...a.paramLines },
    serverTime: a.serverTime ?? b.serverTime,
    headers: { ...b.headers, ...a.headers },
    logTimes: [a.logTimes[0] ?? b.logTimes[0], b.logTimes.at(-1) ?? a.logTimes.at(-1)].filter((t): t is string => t !== undefined).filter((t, i, all) => all.indexOf(t) === i),
  };
}

/** Adds a later chunk's result (whose line numbers start after `lineOffset` lines) to an earlier one. */
export function mergeResults(into: DecodeResult, next: DecodeResult, lineOffset: number): DecodeResult {
  const byId = new Map<string, Finding>(into.findings.map((f) => [f.id, f]));
  for (const f of next.findings) {
    const occurrences = f.occurrences.map((o) => ({ ...o, line: o.line + lineOffset }));
    const have = byId.get(f.id);
    if (have === undefined) {
      const copy: Finding = { ...f, occurrences };
      byId.set(f.id, copy);
      into.findings.push(copy);
    } else {
      for (const o of occurrences) if (have.occurrences.length < MAX_OCCURRENCES) have.occurrences.push(o);
      for (const [k, v] of Object.entries(f.params)) have.params[k] ??= v;
    }
  }
  into.evidence = mergeEvidence(into.evidence, next.evidence, lineOffset);
  into.stats = { lines: into.stats.lines + next.stats.lines, bytes: into.stats.bytes + next.stats.bytes, signals: into.stats.signals + next.stats.signals };
  return into;
}
