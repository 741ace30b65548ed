/**
 * Ranking the causes: what the last answer ranks first; then the causes the message names (a filter, a
 * parameter, a quoted reason) before the others, the causes still possible before the rest, and those the
 * answers ruled out last.
 */
import type { Cause } from '../knowledge/types';
import type { Finding } from '../types';
import type { Walk } from './walk';

const CONSTANT = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;
const FILTER = /filter failure:\s*([A-Z_]{3,})/gi;
const QUOTED = /['"‘’“”]([a-z][A-Za-z0-9]{2,40})['"‘’“”]/g;
const NAMING_PARAMS = ['parameter', 'parameter2', 'value', 'reduceOnly', 'orderType'];

/** What the finding's pasted message names: filters and constants (LOT_SIZE), quoted parameters ('reduceOnly'). */
export function namedTerms(finding: Finding): string[] {
  const text = finding.message ?? '';
  const terms = new Set<string>();
  for (const m of text.matchAll(FILTER)) if (m[1] !== undefined) terms.add(m[1].toUpperCase());
  for (const m of text.matchAll(CONSTANT)) terms.add(m[0]);
  for (const m of text.matchAll(QUOTED)) if (m[1] !== undefined) terms.add(m[1]);
  for (const p of NAMING_PARAMS) {
    const v = finding.params[p];
    if (v !== undefined && /^[A-Za-z][A-Za-z0-9_]{2,40}$/.test(v) && !/^(?:true|false)$/i.test(v)) terms.add(v);
  }
  if (finding.name != null) terms.delete(finding.name);
  return [...terms];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How many of the terms a cause's title names, each as a whole word (LOT_SIZE is not MARKET_LOT_SIZE). */
export function namedBy(cause: Cause, terms: readonly string[]): number {
  let n = 0;
  for (const t of terms) if (new RegExp(`(?<![A-Za-z0-9_])${escape(t)}(?![A-Za-z0-9_])`).test(cause.title)) n += 1;
  return n;
}

/** The causes in order: the last answer's ranking, then named by the message, then still possible, then the rest; ruled out last. */
export function rankCauses(causes: readonly Cause[], w: Pick<Walk, 'ranks' | 'possible' | 'ruledOut'>, terms: readonly string[]): Cause[] {
  const ranks = w.ranks ?? [];
  const out = new Set(w.ruledOut);
  const key = (c: Cause, i: number): number[] => {
    const r = ranks.indexOf(c.id);
    const p = w.possible?.get(c.id);
    return [out.has(c.id) ? 1 : 0, r < 0 ? ranks.length : r, -namedBy(c, terms), w.possible == null || p !== undefined ? 0 : 1, i];
  };
  const keyed = causes.map((c, i) => ({ c, k: key(c, i) }));
  keyed.sort((a, b) => {
    for (let j = 0; j < a.k.length; j++) {
      const d = (a.k[j] ?? 0) - (b.k[j] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return keyed.map((x) => x.c);
}
