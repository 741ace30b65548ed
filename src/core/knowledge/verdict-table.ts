/** The compact verdict table decode needs, derived from the knowledge (so the two never disagree). */
import type { Knowledge } from './types';
import type { VerdictEntry } from './verdicts';

/** key → { verdict, outcome, waitSeconds } for every key of every Knowledge, sorted by key. */
export function verdictTable(list: readonly Knowledge[]): Record<string, VerdictEntry> {
  const out: Record<string, VerdictEntry> = {};
  for (const k of list) {
    for (const key of k.keys) {
      const v: VerdictEntry = { verdict: k.retry.verdict, outcome: k.retry.outcome };
      if (k.retry.waitSeconds !== undefined) v.waitSeconds = k.retry.waitSeconds;
      out[key] = v;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
