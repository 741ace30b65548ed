import type { AutoRule } from '../types';

/** Does a library sign the requests (rather than the user's own code)? From the client library detected in the paste (curl does not count). */
export const librarySigns: AutoRule = ({ evidence }) =>
  evidence.library != null && evidence.library !== 'curl' ? { value: 'library', because: `the paste comes from ${evidence.library}, which signs requests itself` } : undefined;
