import { useCallback, useEffect, useState } from 'react';
import type { DecodeResult } from '../../core/index';
import { findingTitle } from '../lib/labels';
import { clearHistory, loadHistory, pushHistory, scrubHistory, type HistoryItem } from '../lib/storage';

/** The recent diagnoses: the stored list (pastes redacted), a way to remember a decoded paste that found errors, and a way to clear them all. */
export function useHistory(): { history: HistoryItem[]; remember: (r: DecodeResult, text: string) => void; clear: () => void } {
  const [history, setHistory] = useState<HistoryItem[]>(loadHistory);
  // NOTE: an older version kept pastes as they were; redact them once, after the first paint.
  useEffect(() => {
    const t = setTimeout(() => setHistory(scrubHistory()), 2000);
    return () => clearTimeout(t);
  }, []);
  const remember = useCallback((r: DecodeResult, text: string) => {
    if (r.findings.length > 0) setHistory(pushHistory({ at: Date.now(), title: r.findings.map(findingTitle).slice(0, 3).join(', '), text }));
  }, []);
  const clear = useCallback(() => {
    clearHistory();
    setHistory([]);
  }, []);
  return { history, remember, clear };
}
