/// <reference lib="webworker" />
// The worker only exposes core's decode: the same function runs inline for small pastes.
import { decode } from '../core/index';

/** One slice of a job's text; the last one starts the decode. */
interface Request {
  id: number;
  slice: string;
  last: boolean;
}

let job: { id: number; parts: string[] } | null = null;

self.onmessage = (e: MessageEvent<Request>) => {
  const { id, slice, last } = e.data;
  // A new job replaces an unfinished one.
  if (job?.id !== id) job = { id, parts: [] };
  job.parts.push(slice);
  if (!last) return;
  const text = job.parts.join('');
  job = null;
  try {
    const result = decode(text, { onProgress: (done, total) => self.postMessage({ id, type: 'progress', done, total }) });
    self.postMessage({ id, type: 'done', result });
  } catch (err) {
    self.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
