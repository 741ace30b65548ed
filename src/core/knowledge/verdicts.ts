/** Retry verdicts for every error key, generated from the knowledge (scripts/generate-verdicts.ts), with safe fallbacks. */
import table from './verdicts.json';
import type { Outcome, RetryVerdict } from '../types';

/** The verdict and outcome of one error key. */
export interface VerdictEntry {
  verdict: RetryVerdict;
  outcome: Outcome;
  waitSeconds?: number;
}

const VERDICTS = table as Record<string, VerdictEntry>;

/** Knowledge keys to try for an error, most specific first: `usdm:-2021`, `-2021`; `http:503:x`, `http:503`, `http:5xx`. */
export function lookupKeys(source: string | null, code: number, variant?: string | null): string[] {
  if (source === 'http') {
    const keys = variant != null ? [`http:${code}:${variant}`, `http:${code}`] : [`http:${code}`];
    keys.push(code >= 500 ? 'http:5xx' : 'http:4xx');
    return keys;
  }
  return source == null ? [String(code)] : [`${source}:${code}`, String(code)];
}

/** The verdict for an error; an error we know nothing about is treated as "fix first", never as safe. */
export function verdictFor(source: string | null, code: number, variant?: string | null): VerdictEntry {
  for (const k of lookupKeys(source, code, variant)) {
    const v = VERDICTS[k];
    if (v !== undefined) return v;
  }
  return fallbackVerdict(source, code, variant);
}

// NOTE: fallbacks only; the generated table from the knowledge wins wherever it has the key.
function fallbackVerdict(source: string | null, code: number, variant?: string | null): VerdictEntry {
  if (source === 'http') {
    if (code === 503 && variant === 'unknown-error') return { verdict: 'query-order-first', outcome: 'unknown' };
    if (code === 408 || code === 504) return { verdict: 'query-order-first', outcome: 'unknown' };
    if (code === 418 || code === 429) return { verdict: 'retry-after-wait', outcome: 'rejected' };
    if (code === 403 || code === 451) return { verdict: 'never-retry', outcome: 'rejected' };
    if (code >= 500) return { verdict: 'retry-after-wait', outcome: 'rejected' };
    return { verdict: 'fix-first', outcome: 'rejected' };
  }
  if (code === -1006 || code === -1007) return { verdict: 'query-order-first', outcome: 'unknown' };
  if ([-4046, -4059, -4052, -4171, -5027, -4197, -1004].includes(code)) return { verdict: 'nothing-to-do', outcome: 'no-change' };
  if (code === -1003 || code === -1015 || code === -1008) return { verdict: 'retry-after-wait', outcome: 'rejected' };
  if (code === -1001) return { verdict: 'safe-to-retry', outcome: 'rejected' };
  return { verdict: 'fix-first', outcome: 'rejected' };
}
