import type { AutoRule } from '../types';

/** Is the contract a major one (BTC or ETH)? Read from the request's symbol; silent for other symbols. */
export const majorSymbol: AutoRule = ({ evidence }) => {
  const s = evidence.params.symbol;
  if (s === undefined) return undefined;
  return /^(BTC|ETH)(USDT|USDC|USD_PERP|USD)$/.test(s) ? { value: 'major', because: `the symbol is ${s}` } : undefined;
};
