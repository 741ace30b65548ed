/** Small total helpers (they never throw) shared by the auto-answer rules. */
import type { AutoContext } from '../types';

/** A number from a logged parameter, or null when it is missing, empty or not a finite number. */
export const num = (s: string | null | undefined): number | null => {
  if (s == null || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};

/** A logged parameter, trimmed and upper-cased ('' when missing). */
export const upper = (s: string | undefined): string => (s ?? '').trim().toUpperCase();

/** The finding's own message and its catalogue message, lower-cased. */
export const messagesOf = ({ finding }: AutoContext): string => `${finding.message ?? ''} ${finding.catalogueMessage ?? ''}`.toLowerCase();

/** The finding's own message (as pasted) only, lower-cased. */
export const pastedMessageOf = ({ finding }: AutoContext): string => (finding.message ?? '').toLowerCase();

/** Epoch milliseconds as a readable UTC time, or null when the value is not a plausible time. */
export const utc = (ms: number | null): string | null => {
  if (ms == null || ms < 1e12 || ms > 1e14) return null;
  return `${new Date(ms).toISOString().replace('T', ' ').slice(0, 19)} UTC`;
};

/** Futures order types whose prices are triggers (stop, take-profit, trailing). */
export const CONDITIONAL_TYPES: readonly string[] = ['STOP', 'STOP_MARKET', 'TAKE_PROFIT', 'TAKE_PROFIT_MARKET', 'TRAILING_STOP_MARKET'];

/** A decimal string with float noise (0.30000000000000004, 1.2e-7) that Binance will refuse. */
export const floatNoise = (s: string | undefined): boolean => {
  if (s === undefined) return false;
  if (/e[-+]?\d+$/i.test(s)) return true;
  const f = s.split('.')[1] ?? '';
  return f.length >= 9 || /0{5,}[1-9]\d{0,2}$|9{5,}\d{0,2}$/.test(f);
};

/** A log line's time as epoch ms: with its zone, or read as UTC (`zoned` says which); null when it is no time. */
export function logTimeMs(t: string | undefined): { ms: number; zoned: boolean } | null {
  if (t === undefined) return null;
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/.test(t);
  const iso = t.replace(' ', 'T').replace(',', '.').replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  const ms = Date.parse(zoned ? iso : `${iso}Z`);
  return Number.isFinite(ms) ? { ms, zoned } : null;
}
