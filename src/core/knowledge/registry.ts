/** All authored knowledge, assembled from errors/<family>/index.ts, in one lazily loadable module. */
import { ERRORS } from './errors/index';
import type { Knowledge } from './types';

/** Every Knowledge entry. */
export const KNOWLEDGE: readonly Knowledge[] = ERRORS;
