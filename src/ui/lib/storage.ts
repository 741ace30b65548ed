/** The user's work in localStorage: the paste, the chosen finding, the answers, the product choices, and a history of recent diagnoses. */
import type { Product } from '../../core/index';

/** What survives a reload. */
export interface SavedState {
  text: string;
  selected: string | null;
  answers: Record<string, Record<string, string>>;
  /** The product the user chose per finding id, where they overrode the decoded one. */
  products: Record<string, Product>;
}

const PRODUCT_VALUES: readonly string[] = ['usdm', 'coinm', 'spot', 'pm'];

/** Keeps only well-formed product choices (a store from an older version has none). */
function cleanProducts(v: unknown): Record<string, Product> {
  if (typeof v !== 'object' || v == null || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, Product] => typeof e[1] === 'string' && PRODUCT_VALUES.includes(e[1])));
}

/** One recent diagnosis. */
export interface HistoryItem {
  at: number;
  title: string;
  text: string;
}

const STATE_KEY = 'fed:v1:state';
const HISTORY_KEY = 'fed:v1:history';
// NOTE: localStorage holds about 5 MB; larger pastes are not kept, and the user is told so.
export const MAX_SAVED_TEXT = 1_000_000;

function isRecordOfRecords(v: unknown): v is Record<string, Record<string, string>> {
  return typeof v === 'object' && v != null && Object.values(v).every((x) => typeof x === 'object' && x != null && Object.values(x).every((y) => typeof y === 'string'));
}

/** Reads the saved state; a corrupted store is cleared and reported, never thrown. */
export function loadState(): { state: SavedState | null; problem: string | null } {
  let raw: string | null;
  try {
    raw = localStorage.getItem(STATE_KEY);
  } catch {
    return { state: null, problem: 'Your browser does not let this page keep data, so your paste will not survive a reload.' };
  }
  if (raw == null) return { state: null, problem: null };
  try {
    const v = JSON.parse(raw) as Partial<SavedState>;
    if (typeof v.text !== 'string' || (v.selected != null && typeof v.selected !== 'string') || !isRecordOfRecords(v.answers ?? {})) throw new Error('shape');
    return { state: { text: v.text, selected: v.selected ?? null, answers: v.answers ?? {}, products: cleanProducts(v.products) }, problem: null };
  } catch {
    try {
      localStorage.removeItem(STATE_KEY);
    } catch {
      /* nothing more to do */
    }
    return { state: null, problem: 'The saved session was damaged and has been reset. Paste your error again.' };
  }
}

/** Saves the state; says why when it cannot. */
export function saveState(s: SavedState): string | null {
  const text = s.text.length > MAX_SAVED_TEXT ? '' : s.text;
  try {
    localStorage.setItem(STATE_KEY, JSON.stringify({ ...s, text }));
    return s.text.length > MAX_SAVED_TEXT ? 'This paste is too large to keep across reloads; the diagnosis works, but keep the file.' : null;
  } catch {
    return 'Your browser’s storage is full, so this session will not survive a reload. Clear the history to make room.';
  }
}

/** Recent diagnoses, newest first; a damaged list is dropped. */
export function loadHistory(): HistoryItem[] {
  try {
    const v = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as unknown;
    if (!Array.isArray(v)) return [];
    return v.filter((x): x is HistoryItem => typeof x === 'object' && x != null && typeof (x as HistoryItem).title === 'string' && typeof (x as HistoryItem).text === 'string' && typeof (x as HistoryItem).at === 'number').slice(0, 20);
  } catch {
    return [];
  }
}

/** Adds a diagnosis to the history (at most 20, pastes above 50 kB not kept). */
export function pushHistory(item: HistoryItem): HistoryItem[] {
  if (item.text.length > 50_000) return loadHistory();
  const list = [item, ...loadHistory().filter((h) => h.text !== item.text)].slice(0, 20);
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(list));
  } catch {
    /* a full store keeps the old history */
  }
  return list;
}

/** Forgets every recent diagnosis. */
export function clearHistory(): void {
  try {
    localStorage.removeItem(HISTORY_KEY);
  } catch {
    /* nothing to clear */
  }
}
