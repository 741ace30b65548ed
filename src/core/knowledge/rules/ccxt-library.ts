import type { AutoRule } from '../types';

/** Does the caller use ccxt or another library? Read from the library the paste was recognised as. */
export const ccxtLibrary: AutoRule = ({ evidence }) => {
  const lib = evidence.library;
  if (lib == null) return undefined;
  return lib === 'ccxt-python' || lib === 'ccxt-js'
    ? { value: 'ccxt', because: `the paste looks like ${lib}` }
    : { value: 'other', because: `the paste looks like ${lib}` };
};
