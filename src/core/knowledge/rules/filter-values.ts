/** The symbol's trading-rule values a paste shows (an exchangeInfo excerpt, a log line, a message), for facts and rules. */
import type { AutoContext } from '../types';
import { num } from './util';

/** Filter values by name: stepSize, tickSize, minQty, maxQty, minPrice, maxPrice, minNotional (as numbers and as written). */
export interface FilterValues {
  [name: string]: { value: number; text: string } | undefined;
}

const NAMES = ['stepSize', 'tickSize', 'minQty', 'maxQty', 'minPrice', 'maxPrice', 'minNotional', 'notional'] as const;
const FILTER_RE = new RegExp(`["']?\\b(${NAMES.join('|')})["']?\\s*[:=]\\s*["']?(\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?)`, 'g');

/** Reads filter values from text; the first value of each name wins. */
export function filterValuesIn(texts: readonly string[]): FilterValues {
  const out: FilterValues = {};
  for (const t of texts) {
    for (const m of t.matchAll(FILTER_RE)) {
      const name = m[1] === 'notional' ? 'minNotional' : (m[1] ?? '');
      const n = num(m[2]);
      if (n != null && out[name] === undefined) out[name] = { value: n, text: m[2] ?? '' };
    }
  }
  return out;
}

/** The filter values of a finding: from its message and the lines it was seen on; the minimum notional also from "no smaller than N". */
export function filterValues({ finding }: Pick<AutoContext, 'finding'>): FilterValues {
  const texts = [finding.message ?? '', ...finding.occurrences.slice(0, 5).map((o) => o.text)];
  const out = filterValuesIn(texts);
  const min = num(finding.params.minNotional) ?? num(/no smaller than\s+(\d+(?:\.\d+)?)/i.exec(finding.message ?? '')?.[1]);
  if (min != null && out.minNotional === undefined) out.minNotional = { value: min, text: String(min) };
  return out;
}

/** Decimal places of a number as written (0.00100 → 5; 1e-5 → 5). */
export function decimalsOf(text: string): number {
  const e = /e-(\d+)$/i.exec(text);
  if (e?.[1] !== undefined) return Number(e[1]) + (text.split(/e/i)[0]?.split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/** The value rounded onto the step's grid (down, up or to nearest), written with the step's significant decimals; null when it cannot be computed exactly. */
export function snapToStep(value: string, step: string, how: 'down' | 'up' | 'nearest'): { text: string; onGrid: boolean } | null {
  const v = num(value);
  const s = num(step);
  if (v == null || s == null || s <= 0) return null;
  // NOTE: a float tail (0.30000000000000004) is cut at 15 places; the value is off the grid all the same.
  const noisy = decimalsOf(value) > 15;
  const d = Math.min(15, Math.max(decimalsOf(value), decimalsOf(step)));
  const scale = 10 ** d;
  const vi = Math.round(v * scale);
  const si = Math.round(s * scale);
  if (si === 0 || !Number.isSafeInteger(vi)) return null;
  const k = how === 'down' ? Math.floor(vi / si) : how === 'up' ? Math.ceil(vi / si) : Math.round(vi / si);
  const places = decimalsOf(step.includes('.') && !/e/i.test(step) ? step.replace(/0+$/, '') : step);
  return { text: ((k * si) / scale).toFixed(places), onGrid: !noisy && vi % si === 0 };
}
