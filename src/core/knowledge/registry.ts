/** All authored knowledge, in one lazily loadable module. */
import execution from './content/execution';
import filters from './content/filters';
import type { Knowledge } from './types';

/** Every Knowledge entry. */
export const KNOWLEDGE: readonly Knowledge[] = [...filters, ...execution];
