/** All authored knowledge, in one lazily loadable module. */
import type { Knowledge } from './types';

/** Every Knowledge entry. */
export const KNOWLEDGE: readonly Knowledge[] = [];
