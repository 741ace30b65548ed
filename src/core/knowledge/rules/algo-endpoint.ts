import type { AutoRule } from '../types';

/** Was the order handled by the Algo Order API? Answers 'algo' when the request's endpoint is an algoOrder path. */
export const algoEndpoint: AutoRule = ({ evidence }) =>
  /algoOrder/i.test(evidence.endpoint ?? '') ? { value: 'algo', because: `the request went to ${evidence.endpoint ?? ''}` } : undefined;
