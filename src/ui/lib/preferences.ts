/** The user's preferences in localStorage (not their work): small values, shared by every part of the page and every tab. */
import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
// NOTE: a choice made on this page holds here even when the browser refuses to store it.
const chosenHere = new Map<string, string>();

function onStorage(e: StorageEvent): void {
  if (e.key != null) chosenHere.delete(e.key);
  for (const l of listeners) l();
}

function subscribe(cb: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(cb);
  return () => {
    listeners.delete(cb);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** The value of preference `key`: chosen on this page, else stored, else null. */
export function readPreference(key: string): string | null {
  const here = chosenHere.get(key);
  if (here !== undefined) return here;
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers preference `key` (a full or blocked store keeps it for this page only) and tells every reader. */
export function writePreference(key: string, value: string): void {
  chosenHere.set(key, value);
  try {
    localStorage.setItem(key, value);
  } catch {
    /* kept for this page */
  }
  for (const l of listeners) l();
}

/** Forgets every preference chosen on this page (after the stores were wiped: "Forget everything") and tells every reader. */
export function forgetPreferences(): void {
  chosenHere.clear();
  for (const l of listeners) l();
}

/** Preference `key` as React state: its value (null when none is chosen) and a setter that remembers it. */
export function usePreference(key: string): [string | null, (value: string) => void] {
  const value = useSyncExternalStore(subscribe, () => readPreference(key));
  const set = useCallback((v: string) => writePreference(key, v), [key]);
  return [value, set];
}
