/**
 * The user's work in localStorage: the paste, the chosen finding, the answers, the product choices, and a
 * history of recent diagnoses. Pastes are kept redacted like a share link (keys, secrets, signatures,
 * listen keys …), or not at all when the user chooses so; "Forget everything" wipes the lot.
 */
import type { Product } from '../../core/index';
// NOTE: the redactor itself, not core/index: storage is in the page's first chunk, the decoder is not.
import { redact } from '../../core/redact/redact';
import { forgetPreferences, readPreference, writePreference } from './preferences';

/** What survives a reload. */
export interface SavedState {
  text: string;
  selected: string | null;
  answers: Record<string, Record<string, string>>;
  /** The product the user chose per finding id, where they overrode the decoded one. */
  products: Record<string, Product>;
}

const PRODUCT_VALUES: readonly string[] = ['usdm', 'coinm', 'spot', 'pm', 'sapi', 'options', 'us', 'wsapi', 'link'];

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
/** The user's choice of what to keep of their pastes (a preference, kept even when pastes are not). */
export const KEEP_KEY = 'fed:v1:keep';

/** What this device keeps of the user's pastes: redacted (the default) or nothing. */
export type KeepChoice = 'redacted' | 'none';

/** The user's choice of what to keep. */
export function keepChoice(): KeepChoice {
  return readPreference(KEEP_KEY) === 'none' ? 'none' : 'redacted';
}

function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* nothing to remove */
  }
}

/** Sets what to keep; "none" also removes the paste and the history kept so far. */
export function setKeepChoice(choice: KeepChoice): void {
  writePreference(KEEP_KEY, choice);
  if (choice === 'none') {
    remove(STATE_KEY);
    remove(HISTORY_KEY);
  }
}

// NOTE: the state is saved after every change (an answer, a choice); the paste is redacted once, not each time.
let last: { text: string; redacted: string } | null = null;
/** `text` redacted like a share link. */
function redacted(text: string): string {
  if (last?.text !== text) last = { text, redacted: redact(text).text };
  return last.redacted;
}
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
  if (keepChoice() === 'none') {
    remove(STATE_KEY);
    return { state: null, problem: null };
  }
  try {
    const v = JSON.parse(raw) as Partial<SavedState>;
    if (typeof v.text !== 'string' || (v.selected != null && typeof v.selected !== 'string') || !isRecordOfRecords(v.answers ?? {})) throw new Error('shape');
    return { state: { text: v.text, selected: v.selected ?? null, answers: v.answers ?? {}, products: cleanProducts(v.products) }, problem: null };
  } catch {
    remove(STATE_KEY);
    return { state: null, problem: 'The saved session was damaged and has been reset. Paste your error again.' };
  }
}

/** Saves the state with the paste redacted, or removes it (nothing pasted, or the user keeps nothing); says why when it cannot. */
export function saveState(s: SavedState): string | null {
  if (keepChoice() === 'none' || s.text.trim() === '') {
    remove(STATE_KEY);
    return null;
  }
  const text = s.text.length > MAX_SAVED_TEXT ? '' : redacted(s.text);
  try {
    localStorage.setItem(STATE_KEY, JSON.stringify({ ...s, text }));
    return s.text.length > MAX_SAVED_TEXT ? 'This paste is too large to keep across reloads; the diagnosis works, but keep the file.' : null;
  } catch {
    return 'Your browser’s storage is full, so this session will not survive a reload. Clear the history to make room.';
  }
}

/** Recent diagnoses, newest first; a damaged list is dropped. */
export function loadHistory(): HistoryItem[] {
  if (keepChoice() === 'none') return [];
  try {
    const v = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as unknown;
    if (!Array.isArray(v)) return [];
    return v.filter((x): x is HistoryItem => typeof x === 'object' && x != null && typeof (x as HistoryItem).title === 'string' && typeof (x as HistoryItem).text === 'string' && typeof (x as HistoryItem).at === 'number').slice(0, 20);
  } catch {
    return [];
  }
}

function storeHistory(list: HistoryItem[]): void {
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(list));
  } catch {
    /* a full store keeps the old history */
  }
}

/** Adds a diagnosis to the history, its paste redacted (at most 20, pastes above 50 kB not kept; none when the user keeps nothing). */
export function pushHistory(item: HistoryItem): HistoryItem[] {
  if (keepChoice() === 'none') return [];
  if (item.text.length > 50_000) return loadHistory();
  const text = redacted(item.text);
  const list = [{ ...item, text }, ...loadHistory().filter((h) => h.text !== text)].slice(0, 20);
  storeHistory(list);
  return list;
}

/** Redacts pastes that an older version kept as they were; returns the history as kept. */
export function scrubHistory(): HistoryItem[] {
  const list = loadHistory();
  const clean = list.map((h) => ({ ...h, text: redact(h.text).text }));
  if (clean.some((h, i) => h.text !== list[i]?.text)) storeHistory(clean);
  return clean;
}

/** Forgets every recent diagnosis. */
export function clearHistory(): void {
  remove(HISTORY_KEY);
}

/**
 * Forgets everything this page keeps on the device: localStorage and sessionStorage (the paste, the
 * history, every preference) and any cache other than the service worker's copy of the app itself.
 */
export async function forgetEverything(): Promise<void> {
  last = null;
  for (const store of [() => localStorage, () => sessionStorage]) {
    try {
      store().clear();
    } catch {
      /* a store the browser does not give us holds nothing of ours */
    }
  }
  forgetPreferences();
  if (typeof caches !== 'undefined') {
    const names = await caches.keys().catch(() => [] as string[]);
    // NOTE: workbox's precache holds the app (code and catalogues), never a paste; it stays, so the app still works offline.
    await Promise.all(names.filter((n) => !n.startsWith('workbox-precache')).map((n) => caches.delete(n)));
  }
}
