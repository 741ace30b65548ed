import { useEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { loadCore } from '../../worker/decode-client';
import { knowledgeQuery } from '../features/diagnosis/knowledge-query';
import { loadDiagnosisPanel } from '../features/diagnosis/lazy-diagnosis-panel';

/** A line shaped like the commonest paste: decoding it once builds the core's lazily compiled matchers. */
const WARM_UP = '{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}';

/** Runs `fn` when the browser is idle (`requestIdleCallback`, at most `timeout` ms later), or after a short timeout where there is none. */
function whenIdle(fn: () => void, timeout = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const t = setTimeout(fn, 50);
  return () => clearTimeout(t);
}

/**
 * After the first paint, in idle time, one step per idle period: the core with its catalogues (warmed
 * by one small decode), then the diagnosis knowledge and panel. A paste then decodes and shows its
 * diagnosis at once. Failures are left to the real use, which reports them.
 */
export function useIdlePreload(client: QueryClient): void {
  useEffect(() => {
    let cancel = (): void => undefined;
    let stopped = false;
    const step = (fn: () => Promise<unknown> | void, next?: () => void): void => {
      cancel = whenIdle(() => {
        if (stopped) return;
        void Promise.resolve(fn()).then(
          () => next?.(),
          () => undefined,
        );
      });
    };
    const knowledge = (): void => step(() => client.prefetchQuery(knowledgeQuery), () => step(loadDiagnosisPanel));
    const warm = (): void => step(() => loadCore().then((core) => void core.decode(WARM_UP)), knowledge);
    step(loadCore, warm);
    return () => {
      stopped = true;
      cancel();
    };
  }, [client]);
}
