/** Runs decode inline for small pastes and in a web worker for large ones; aborting terminates the worker. */
import { decode, type DecodeResult } from '../core/index';

/** Above this many characters decoding moves off the main thread. */
export const WORKER_THRESHOLD = 200_000;
/** Characters per message to the worker. */
const SLICE = 2_000_000;

/** Options: an abort signal (react-query's) and a progress callback. */
export interface AnalyseOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

let worker: Worker | null = null;
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function getWorker(): Worker {
  worker ??= new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function dropWorker(): void {
  worker?.terminate();
  worker = null;
}

/** Decodes `text`; large inputs go to a worker, which is terminated on abort and after 30 s idle. */
export function analyse(text: string, options: AnalyseOptions = {}): Promise<DecodeResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted === true) return Promise.reject(new DOMException('Aborted', 'AbortError'));
  if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') return Promise.resolve(decode(text));
  clearTimeout(idleTimer);
  return new Promise<DecodeResult>((resolve, reject) => {
    const id = nextId++;
    let w: Worker;
    try {
      w = getWorker();
    } catch {
      resolve(decode(text));
      return;
    }
    let stopped = false;
    const finish = (): void => {
      stopped = true;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      idleTimer = setTimeout(dropWorker, 30_000);
    };
    const onMessage = (e: MessageEvent<{ id: number; type: string; done?: number; total?: number; result?: DecodeResult; message?: string }>): void => {
      if (e.data.id !== id) return;
      if (e.data.type === 'progress') onProgress?.(e.data.done ?? 0, e.data.total ?? 0);
      else if (e.data.type === 'done' && e.data.result !== undefined) {
        finish();
        resolve(e.data.result);
      } else if (e.data.type === 'error') {
        finish();
        reject(new Error(e.data.message ?? 'decoding failed'));
      }
    };
    const onError = (): void => {
      // NOTE: a worker that cannot start or crashes falls back to the main thread, same function.
      finish();
      dropWorker();
      try {
        resolve(decode(text));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    const onAbort = (): void => {
      finish();
      dropWorker();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
    // NOTE: copying a 50 MB string to the worker in one message blocks the main thread for a quarter of a
    // second (and encoding it to bytes for a second); it goes in slices, one task each.
    let offset = 0;
    const sendSlice = (): void => {
      if (stopped) return;
      const end = Math.min(text.length, offset + SLICE);
      w.postMessage({ id, slice: text.slice(offset, end), last: end >= text.length });
      offset = end;
      if (offset < text.length) setTimeout(sendSlice, 0);
    };
    sendSlice();
  });
}
