import type { AutoRule } from '../types';

/** Does the symbol sent to USD-M look unified, COIN-M (…USD_…) or plain USD-M? From the logged symbol. */
export const usdmSymbolShape: AutoRule = ({ evidence }) => {
  const s = evidence.params.symbol;
  if (s === undefined) return undefined;
  if (/[/:]/.test(s)) return { value: 'unified', because: `your request carried symbol=${s}` };
  if (/USD_/.test(s.toUpperCase())) return { value: 'coinm', because: `${s} is a COIN-M contract name` };
  return { value: 'plain', because: `${s} has the USD-M shape` };
};
