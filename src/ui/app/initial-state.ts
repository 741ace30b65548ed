// NOTE: the share codec itself, not core/index: the page's first chunk must not pull in the decoder and its catalogues.
import { ShareLinkError, decodeShareLink } from '../../core/share/share-link';
import { loadState, type SavedState } from '../lib/storage';

/** A state holding only `text`: no finding chosen, no answers, no product choices. */
export function freshState(text: string): SavedState {
  return { text, selected: null, answers: {}, products: {} };
}

/** Applies state in order: defaults, then localStorage, then a shared link in the fragment. */
export function initialState(): { state: SavedState | null; problem: string | null; shared: boolean } {
  const saved = loadState();
  const query = new URLSearchParams(window.location.search);
  if (query.has('text') || query.has('title') || query.has('url')) {
    // Text shared into the installed app (share_target): take it, then clear it from the address bar.
    const text = ['title', 'text', 'url'].map((k) => query.get(k) ?? '').filter((t) => t !== '').join('\n');
    window.history.replaceState(null, '', window.location.pathname + window.location.hash);
    return { state: freshState(text), problem: null, shared: false };
  }
  const hash = window.location.hash;
  if (!hash.startsWith('#d=')) return { ...saved, shared: false };
  // NOTE: the fragment is read once and removed from the address bar; our code never sends or logs it.
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  try {
    const p = decodeShareLink(hash);
    const { selected } = p;
    return {
      state: { text: p.text, selected, answers: selected == null ? {} : { [selected]: p.answers }, products: selected == null || p.product == null ? {} : { [selected]: p.product } },
      problem: null,
      shared: true,
    };
  } catch (e) {
    return { state: saved.state, problem: e instanceof ShareLinkError ? `The shared link could not be opened: ${e.message}` : 'The shared link could not be opened.', shared: false };
  }
}
