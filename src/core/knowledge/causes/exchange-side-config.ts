/** Cause shared by several errors: An exchange-side configuration check surfaced in your reply */
import { checkRequestSymbolEscalateFix } from '../fixes/check-request-symbol-escalate';
import type { Cause } from '../types';

export const exchangeSideConfigCause: Cause = {
  id: 'exchange-side-config',
  title: 'An exchange-side configuration check surfaced in your reply',
  why: 'The check guards symbol settings (tick size, step size, multipliers, limits). Reaching it from an API call usually means the symbol is being reconfigured, or the request hit an unusual path with a malformed value.',
  fixes: [checkRequestSymbolEscalateFix],
};
