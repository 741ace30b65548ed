import { useSyncExternalStore } from 'react';

function subscribeHash(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

/** The address bar's fragment, re-read on every hashchange. */
export function useHash(): string {
  return useSyncExternalStore(subscribeHash, () => window.location.hash);
}
