/** Every knowledge module, family by family: errors/<family>/<error>.ts, listed in errors/<family>/index.ts. */
import general from './general/index';
import http from './http/index';
import request from './request/index';
import processing from './processing/index';
import filters from './filters/index';
import execution from './execution/index';
import sapi from './sapi/index';
import type { Knowledge } from '../types';

/** Every Knowledge entry. */
export const ERRORS: readonly Knowledge[] = [...general, ...http, ...request, ...processing, ...filters, ...execution, ...sapi];
