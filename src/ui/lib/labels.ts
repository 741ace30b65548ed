import type { Finding, RetryVerdict } from '../../core/index';
import { PRODUCT_NAMES } from '../../core/catalogue/products';

/** Product names for people. */
export const SOURCE_NAMES: Record<string, string> = { ...PRODUCT_NAMES, http: 'HTTP' };

/** Verdict badges. */
export const VERDICT_LABELS: Record<RetryVerdict, string> = {
  'safe-to-retry': 'Safe to retry',
  'retry-after-wait': 'Retry after a wait',
  'fix-first': 'Fix first',
  'never-retry': 'Do not retry',
  'query-order-first': 'Status unknown — query the order first',
  'nothing-to-do': 'Nothing to do',
};

/** How a finding was matched, in words. */
export const MATCHED_LABELS: Record<Finding['matchedBy'], string> = {
  code: 'by code',
  template: 'by message',
  name: 'by constant name',
  fuzzy: 'by similar wording',
};

/** The finding's title: code and name, or the HTTP status. */
export function findingTitle(f: Finding): string {
  if (f.product === 'http') return `HTTP ${f.code}${f.params.variant !== undefined ? ` — ${f.params.variant.replace(/-/g, ' ')}` : ''}`;
  if (!f.known) return `${f.code} — unknown code`;
  return `${f.code} ${f.name ?? 'no constant name'}`;
}

/** 1234567 → "1,234,567". NOTE: the first toLocaleString call spends ~30 ms setting up ICU on the main thread. */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}
