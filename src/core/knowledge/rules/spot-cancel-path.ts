import type { AutoRule } from '../types';

/** Did a futures cancel go to the wrong product? Answers 'no' (not the same place) when the request's endpoint is a Spot /api/v3/ path. */
export const spotCancelPath: AutoRule = ({ evidence }) =>
  /\/api\/v3\//.test(evidence.endpoint ?? '') ? { value: 'no', because: `the cancel went to ${evidence.endpoint ?? ''}, a Spot path` } : undefined;
