import type { AutoRule } from '../types';

/** Was the failing signed call a POST/PUT/DELETE or a GET? From the pasted HTTP method only. */
export const writeOrGet: AutoRule = ({ evidence }) => {
  const m = (evidence.method ?? '').toUpperCase();
  if (m === 'POST' || m === 'PUT' || m === 'DELETE') return { value: 'write', because: `the failing request was a ${m}` };
  if (m === 'GET') return { value: 'get', because: 'the failing request was a GET' };
  return undefined;
};
