/** Every knowledge module of the http family, one per error or tight group of errors. */
import http4xx from './http-4xx';
import http403 from './http-403';
import http408 from './http-408';
import http409 from './http-409';
import http418 from './http-418';
import http429 from './http-429';
import http451 from './http-451';
import http5xx from './http-5xx';
import http503UnknownError from './http-503-unknown-error';
import http503ServiceUnavailable from './http-503-service-unavailable';
import http503InternalError from './http-503-internal-error';
import http503Throttled from './http-503-throttled';
import type { Knowledge } from '../../types';

/** The http family's knowledge. */
const family: readonly Knowledge[] = [
  http4xx,
  http403,
  http408,
  http409,
  http418,
  http429,
  http451,
  http5xx,
  http503UnknownError,
  http503ServiceUnavailable,
  http503InternalError,
  http503Throttled,
];

export default family;
