/** Runs decode inline for small pastes and in a web worker for large ones; aborting terminates the worker. */
import { loadCatalogues } from 'virtual:fed-catalogues/loader';
import type * as CoreModule from '../core/index';
import type { DecodeResult } from '../core/index';

/** The pure core, as the page loads it: after the first paint, not in the entry chunk. */
export type Core = typeof CoreModule;

let core: Core | null = null;
let loading: Promise<Core> | null = null;

/**
 * Loads the core once: first the catalogue asset (in the built app; the worker fetches the same file),
 * then the core's chunk, whose data modules read it as they start. Later calls share the same promise; a
 * failed load (offline before the first visit) is retried by the next call.
 */
export function loadCore(): Promise<Core> {
  loading ??= loadCatalogues()
    .then(() => import('../core/index'))
    .then(
      (m) => (core = m),
      (err: unknown) => {
        loading = null;
        throw err;
      },
    );
  return loading;
}

/**
 * Imports a lazily loaded module that reaches the core (the diagnosis panel, the knowledge, the catalogue
 * browser) after the core. NOTE: importing one before would run the core's data modules before the
 * catalogues are there, and a module that fails as it starts stays failed until the page is reloaded.
 */
export function afterCore<T>(load: () => Promise<T>): Promise<T> {
  return loadCore().then(load);
}

/**
 * The core, once loaded. NOTE: `analyse` resolves only after the core has loaded on the page (even when
 * the worker decoded), so code that reads a decode result (product choices, diagnosis, sharing) can use it.
 */
export function loadedCore(): Core {
  if (core == null) throw new Error('The decoding core has not loaded yet.');
  return core;
}

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
export async function analyse(text: string, options: AnalyseOptions = {}): Promise<DecodeResult> {
  const aborted = (): boolean => options.signal?.aborted === true;
  if (aborted()) throw new DOMException('Aborted', 'AbortError');
  const ready = loadCore();
  // A decode that stops early (cancelled, or the worker failed) leaves this unawaited: its failure is reported where it is awaited.
  ready.catch(() => undefined);
  if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') {
    const { decode } = await ready;
    if (aborted()) throw new DOMException('Aborted', 'AbortError');
    return decode(text);
  }
  const result = await inWorker(text, options, ready);
  await ready;
  return result;
}

/** Decodes in the worker; `ready` is the page's core, for the fallback when the worker cannot run. */
function inWorker(text: string, options: AnalyseOptions, ready: Promise<Core>): Promise<DecodeResult> {
  const { signal, onProgress } = options;
  const decodeHere = (resolve: (r: DecodeResult) => void, reject: (e: Error) => void): void =>
    void ready.then(({ decode }) => decode(text)).then(resolve, (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))));
  clearTimeout(idleTimer);
  return new Promise<DecodeResult>((resolve, reject) => {
    const id = nextId++;
    let w: Worker;
    try {
      w = getWorker();
    } catch {
      decodeHere(resolve, reject);
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
      decodeHere(resolve, reject);
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
