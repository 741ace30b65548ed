import type { AutoRule } from '../types';
import { num } from './util';

/** Is the recvWindow small (< 5000), default (5000–10000) or large? From the request's recvWindow parameter. */
export const recvWindowSize: AutoRule = ({ evidence }) => {
  const rw = num(evidence.params.recvWindow);
  if (rw == null) return undefined;
  if (rw < 5000) return { value: 'small', because: `your request sent recvWindow=${rw}` };
  if (rw <= 10000) return { value: 'default', because: `your request sent recvWindow=${rw}` };
  return { value: 'large', because: `your request sent recvWindow=${rw}` };
};
