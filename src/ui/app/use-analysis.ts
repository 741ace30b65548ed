import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { DecodeResult } from '../../core/index';
import { analyse } from '../../worker/decode-client';
import { digest } from '../lib/digest';

/** What `useAnalysis` gives the page: the decode, its progress, and the controls to cancel and restart it. */
export interface Analysis {
  data: DecodeResult | undefined;
  /** 0…1 while a decode runs, null otherwise. */
  progress: number | null;
  /** The decode failed (a cancel is not a failure). */
  failure: Error | null;
  cancelled: boolean;
  /** Stops the running decode; it stays stopped until `decodeAgain` or a new text. */
  cancel: () => void;
  decodeAgain: () => void;
  /** Stops any running decode ahead of a new text and lifts a cancel. */
  supersede: () => void;
}

/** Decodes `text` (in the worker for large pastes) through react-query; `onDecoded` sees each fresh result. */
export function useAnalysis(text: string, onDecoded: (r: DecodeResult, text: string) => void): Analysis {
  const [progress, setProgress] = useState<number | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const queryClient = useQueryClient();
  // NOTE: hashing megabytes on the main thread would block it; a large paste is keyed by its version instead.
  const key = useMemo(() => digest(text), [text]);

  // NOTE: `key` is a digest of the text; putting a 10 MB string in the key would copy it into the cache.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const analysis = useQuery({
    queryKey: ['analysis', key, __CATALOGUE_VERSION__],
    queryFn: async ({ signal }) => {
      setProgress(0);
      try {
        const r = await analyse(text, { signal, onProgress: (d, t) => setProgress(t === 0 ? 1 : d / t) });
        onDecoded(r, text);
        return r;
      } finally {
        setProgress(null);
      }
    },
    enabled: text.trim() !== '' && !cancelled,
    networkMode: 'always',
    staleTime: Infinity,
  });

  const supersede = useCallback(() => {
    void queryClient.cancelQueries({ queryKey: ['analysis'] });
    setCancelled(false);
  }, [queryClient]);

  return {
    data: analysis.data,
    progress,
    failure: analysis.isError && !(analysis.error instanceof DOMException) ? analysis.error : null,
    cancelled,
    cancel: () => {
      setCancelled(true);
      void queryClient.cancelQueries({ queryKey: ['analysis'] });
    },
    decodeAgain: () => {
      setCancelled(false);
      void analysis.refetch();
    },
    supersede,
  };
}
