import type { AutoRule } from '../types';

/** Does the symbol sent to COIN-M look unified, USD-M (…USDT/USDC) or COIN-M (underscore)? From the logged symbol. */
export const coinmSymbolShape: AutoRule = ({ evidence }) => {
  const s = evidence.params.symbol;
  if (s === undefined) return undefined;
  if (/[/:]/.test(s)) return { value: 'unified', because: `your request carried symbol=${s}` };
  if (/USD[TC]$/.test(s.toUpperCase())) return { value: 'usdm', because: `${s} is a USD-M name` };
  if (s.includes('_')) return { value: 'coinm', because: `${s} has the COIN-M shape, so it may have expired or be misspelt` };
  return undefined;
};
