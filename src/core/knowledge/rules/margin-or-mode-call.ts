import type { AutoRule } from '../types';

/** Which setting the call tried to change: the margin type (marginType endpoint or parameter) or the position mode (positionSide/dual), from the pasted request. */
export const marginOrModeCall: AutoRule = ({ evidence }) => {
  const ep = evidence.endpoint ?? '';
  if (/marginType/i.test(ep)) return { value: 'margin-type', because: `the call was ${ep}` };
  if (/positionSide\/dual/i.test(ep)) return { value: 'position-mode', because: `the call was ${ep}` };
  if (evidence.params.marginType !== undefined) return { value: 'margin-type', because: `the request carried marginType=${evidence.params.marginType}` };
  return undefined;
};
