import type { AutoRule } from '../types';

/** Could the key belong to another environment? Answers 'mismatch' when the request's endpoint is a testnet/demo host. */
export const testHost: AutoRule = ({ evidence }) =>
  /testnet|demo/i.test(evidence.endpoint ?? '') ? { value: 'mismatch', because: `the request went to a test host (${evidence.endpoint ?? ''}); make sure the key was made there` } : undefined;
