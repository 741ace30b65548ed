import type { AutoRule } from '../types';

/** Does the caller build the HTTP request itself or use a library? Read from the library the paste was recognised as (curl = own HTTP). */
export const rawHttpOrLibrary: AutoRule = ({ evidence }) => {
  const lib = evidence.library;
  if (lib == null) return undefined;
  return lib === 'curl' ? { value: 'own', because: 'the paste shows a raw HTTP request' } : { value: 'library', because: `the paste looks like ${lib}` };
};
