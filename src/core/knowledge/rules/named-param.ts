import type { AutoContext } from '../types';

/** The parameter a templated message names (its `parameter` placeholder, else the first quoted name), trimmed, or ''. */
export const namedParam = ({ finding }: AutoContext): string => {
  const p = finding.params.parameter;
  if (p !== undefined && p.trim() !== '') return p.trim();
  const m = /parameter '([^']+)'|param(?:eter)? '([^']+)'/i.exec(finding.message ?? '');
  return m?.[1] ?? m?.[2] ?? '';
};
