/// <reference lib="webworker" />
// The worker only exposes core's decode: the same function runs inline for small pastes.
import { decode } from '../core/index';

interface Request {
  id: number;
  text: string;
}

self.onmessage = (e: MessageEvent<Request>) => {
  const { id, text } = e.data;
  try {
    const result = decode(text, { onProgress: (done, total) => self.postMessage({ id, type: 'progress', done, total }) });
    self.postMessage({ id, type: 'done', result });
  } catch (err) {
    self.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
