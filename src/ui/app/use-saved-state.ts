import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { saveState, type SavedState } from '../lib/storage';

/** The user's work, saved to localStorage shortly after each change and when the page is left; a failed save is reported to `onProblem`. */
export function useSavedState(initial: SavedState, onProblem: (problem: string) => void): [SavedState, Dispatch<SetStateAction<SavedState>>] {
  const [state, setState] = useState<SavedState>(initial);
  useEffect(() => {
    const t = setTimeout(() => {
      const p = saveState(state);
      if (p != null) onProblem(p);
    }, 300);
    // NOTE: a reload or a closed tab within the debounce would lose the last change: save it on the way out too.
    const flush = () => void saveState(state);
    window.addEventListener('pagehide', flush);
    return () => {
      clearTimeout(t);
      window.removeEventListener('pagehide', flush);
    };
  }, [state, onProblem]);
  return [state, setState];
}
