import type { AutoRule } from '../types';

/** Is a library or framework (ccxt, Hummingbot, freqtrade) making the call? Read from the library the paste was recognised as. */
export const frameworkLibrary: AutoRule = ({ evidence }) =>
  evidence.library === 'hummingbot' || evidence.library === 'freqtrade' || evidence.library === 'ccxt-python' || evidence.library === 'ccxt-js'
    ? { value: 'framework', because: `the paste looks like ${evidence.library}` }
    : undefined;
