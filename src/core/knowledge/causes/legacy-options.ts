/** Cause shared by several errors: A call to a retired futures-options function */
import { stopUsingLegacyOptionsCallFix } from '../fixes/stop-using-legacy-options-call';
import type { Cause } from '../types';

export const legacyOptionsCause: Cause = {
  id: 'legacy-options',
  title: 'A call to a retired futures-options function',
  why: 'These codes date from an old options product inside the futures API. Old libraries or copied examples can still call it.',
  fixes: [stopUsingLegacyOptionsCallFix],
};
