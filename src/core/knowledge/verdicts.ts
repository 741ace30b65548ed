/** Retry verdicts for every error key, generated from the knowledge (scripts/generate-verdicts.ts), with safe fallbacks. */
import table from './verdicts.json';
import { writeOrRead } from './rules/write-or-read';
import type { Evidence, Finding, Outcome, Product, RetryVerdict } from '../types';
import { FOUNDING_PRODUCTS, PRODUCTS, entryFor, sameMeaning } from '../catalogue/index';

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
  if (source == null) return [String(code)];
  if (!isLater(source)) return [`${source}:${code}`, String(code)];
  // NOTE: a later product borrows a founding product's knowledge only where its code means the same there
  // (SAPI -1003 is everyone's TOO_MANY_REQUESTS; SAPI -4026 is a wallet balance, not USD-M's COMMISSION_INVALID).
  const twins = (BORROWS[source] ?? []).filter((f) => sameMeaning(code, source, f));
  const bare = FOUNDING_PRODUCTS.some((f) => sameMeaning(code, source, f));
  return [`${source}:${code}`, ...twins.map((f) => `${f}:${code}`), ...(bare ? [String(code)] : [])];
}

/** The founding product whose knowledge a later product borrows first, where a code means the same on both. */
const BORROWS: Partial<Record<Product, Product[]>> = { sapi: ['spot', 'usdm'], options: ['usdm', 'spot'], us: ['spot', 'usdm'] };

const isLater = (source: string): source is Product => (PRODUCTS as readonly string[]).includes(source) && !(FOUNDING_PRODUCTS as readonly string[]).includes(source);

// Words of a name or message that say "wait and send again": a rate limit, a busy system, a pending operation.
const WAIT_WORDS = /too.many|frequen|busy|try again|please wait|try later|pending|maintenance|queue/i;

/** The verdict of a later product's code no knowledge covers: wait where its page says so, else fix first. */
function laterVerdict(source: Product, code: number): VerdictEntry {
  const e = entryFor(source, code);
  const text = `${e?.name ?? ''} ${(e?.messages ?? []).map((m) => m.text).join(' ')}`;
  return WAIT_WORDS.test(text) ? { verdict: 'retry-after-wait', outcome: 'rejected' } : { verdict: 'fix-first', outcome: 'rejected' };
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
  if (source != null && isLater(source)) return laterVerdict(source, code);
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

/** A verdict for one finding in its situation, with the reason when the situation changed it. */
export interface SituationVerdict extends VerdictEntry {
  because?: string;
  /** The wait is until the daily order counter resets (00:00 UTC). */
  untilDayEnds?: boolean;
}

/** Was the request a write or a read: the caller's answer, else what the paste says. */
export type RequestKind = 'write' | 'read' | null;

const TIMEOUTS = new Set([-1006, -1007, -1008, -1001]);
const NO_OPS = new Set([-4046, -4059, -4052, -4171]);

/** A daily order-count limit: "N orders per DAY" (-1015 with a day window). */
export const isDailyOrderLimit = (f: Finding): boolean =>
  f.code === -1015 && (/^(?:1\s*)?D(?:AY)?$/i.test((f.params?.interval ?? '').trim()) || /orders per (?:1 )?day/i.test(f.message ?? ''));

/**
 * The verdict of a finding in its situation: a timeout or unknown outcome on a read is safe to retry and on a
 * write (or a -1006/-1007/-1008/-1001 we cannot place) is query-order-first; no-op codes are nothing-to-do; a
 * Retry-After header sets the wait; a daily order limit waits for the day. Pure: decode and diagnose share it.
 */
export function verdictInSituation(finding: Finding, evidence: Evidence | undefined, kind?: RequestKind): SituationVerdict {
  // NOTE: total on partial findings (tests build them by hand): no params, no evidence is the plain verdict.
  const params: Readonly<Record<string, string>> = finding.params ?? {};
  const base = verdictFor(finding.known ? finding.product : null, finding.code, params.variant ?? null);
  if (evidence === undefined) return base;
  const k = kind ?? (writeOrRead({ finding, evidence })?.value as RequestKind | undefined) ?? null;
  const code = finding.product === 'http' ? null : finding.code;
  const futures = finding.product === 'usdm' || finding.product === 'coinm' || finding.product === 'pm';
  if (futures && NO_OPS.has(finding.code)) return { verdict: 'nothing-to-do', outcome: 'no-change', because: 'the setting is already what you asked for' };
  if (futures && code === -4067 && (/marginType/i.test(evidence.endpoint ?? '') || evidence.params.marginType !== undefined)) {
    return { verdict: 'nothing-to-do', outcome: 'no-change', because: 'Binance answers a margin-type change with -4067 when the margin type already is the one asked for; check marginType in GET /fapi/v2/positionRisk' };
  }
  const throttled = finding.product === 'http' && params.variant === 'throttled';
  if (k === 'read') {
    // NOTE: a throttled read (-1008) is refused, not lost: it keeps its wait.
    if (base.outcome === 'unknown' || (code != null && TIMEOUTS.has(code) && code !== -1008)) {
      return { verdict: 'safe-to-retry', outcome: 'no-change', because: 'the request only read data, so repeating it cannot place anything twice' };
    }
  } else if ((code != null && TIMEOUTS.has(code)) || throttled) {
    if (k === 'write') return { verdict: 'query-order-first', outcome: 'unknown', because: 'the request was a write, and an order answered this way may still have been placed' };
    if (code !== -1001) return { verdict: 'query-order-first', outcome: 'unknown', because: 'an order answered this way may still have been placed, and the paste does not show it was a read' };
  }
  if (isDailyOrderLimit(finding)) return { verdict: 'retry-after-wait', outcome: 'rejected', untilDayEnds: true, because: 'the limit is per day: it resets at 00:00 UTC' };
  const after = Number(evidence.headers['retry-after']);
  if (Number.isFinite(after) && after > 0 && (base.verdict === 'retry-after-wait' || base.verdict === 'safe-to-retry')) {
    return { verdict: 'retry-after-wait', outcome: base.outcome, waitSeconds: after, because: `the response's Retry-After header asks for ${after} s` };
  }
  return base;
}
