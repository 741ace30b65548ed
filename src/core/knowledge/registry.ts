/** All authored knowledge, in one lazily loadable module. */
import execution from './content/execution';
import filters from './content/filters';
import general from './content/general';
import http from './content/http';
import processing from './content/processing';
import request from './content/request';
import type { Knowledge } from './types';

/** Every Knowledge entry. */
export const KNOWLEDGE: readonly Knowledge[] = [...general, ...http, ...request, ...processing, ...filters, ...execution];
