/// <reference lib="webworker" />
// The worker only runs core's decode: the same function runs inline for small pastes.
import { loadCatalogues } from 'virtual:fed-catalogues/loader';
import type * as CoreModule from '../core/index';
import type { DecodeResult } from '../core/index';

type Core = typeof CoreModule;

/** One slice of a job's text; the last one starts the decode. */
interface Request {
  id: number;
  slice: string;
  last: boolean;
}

let job: { id: number; parts: string[] } | null = null;
// NOTE: the core is imported when the first job arrives, after the catalogue asset it reads (shared with the
// page) has been fetched: in the built app the core's data modules read that asset.
let core: Promise<Core> | null = null;

function run(id: number, text: string, { decode }: Core): void {
  try {
    const result: DecodeResult = decode(text, { onProgress: (done, total) => self.postMessage({ id, type: 'progress', done, total }) });
    self.postMessage({ id, type: 'done', result });
  } catch (err) {
    self.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

self.onmessage = (e: MessageEvent<Request>) => {
  const { id, slice, last } = e.data;
  // A new job replaces an unfinished one.
  if (job?.id !== id) job = { id, parts: [] };
  job.parts.push(slice);
  if (!last) return;
  const text = job.parts.join('');
  job = null;
  core ??= loadCatalogues().then(() => import('../core/index'));
  core.then(
    (c) => run(id, text, c),
    (err: unknown) => {
      core = null;
      self.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
    },
  );
};
