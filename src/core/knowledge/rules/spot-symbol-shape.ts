import type { AutoRule } from '../types';

/** Does the symbol sent to Spot look unified (slash/colon) or futures-style (underscore, 1000…)? From the logged symbol. */
export const spotSymbolShape: AutoRule = ({ evidence }) => {
  const s = evidence.params.symbol;
  if (s === undefined) return undefined;
  if (/[/:]/.test(s)) return { value: 'unified', because: `your request carried symbol=${s}` };
  if (s.includes('_') || /^1000/.test(s)) return { value: 'futures', because: `${s} is a futures-style name` };
  return undefined;
};
