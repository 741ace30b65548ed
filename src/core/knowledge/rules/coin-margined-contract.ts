import type { AutoRule } from '../types';
import { upper } from './util';

/** Is the contract margined in another asset than USDT? Answers 'different' for COIN-M, from the product or a symbol with '_' (BTCUSD_PERP). */
export const coinMarginedContract: AutoRule = ({ evidence, finding }) => {
  const s = upper(evidence.params.symbol);
  if (finding.product === 'coinm' || evidence.product === 'coinm' || s.includes('_')) return { value: 'different', because: 'COIN-M contracts are margined in the coin itself, not in USDT' };
  return undefined;
};
