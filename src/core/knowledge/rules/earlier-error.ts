import type { AutoRule } from '../types';

/**
 * Did another error come just before this one? Read from the errors the paste shows before it (`earlier`,
 * nearest first). The paste cannot say "no": a log often starts after the first failure.
 */
export const earlierError: AutoRule = ({ finding }) => {
  const first = finding.earlier?.[0];
  if (first === undefined) return undefined;
  return { value: 'yes', because: `your paste shows ${first.code} on line ${first.line}, before this error` };
};
