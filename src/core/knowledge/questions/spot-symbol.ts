/** Question shared by -1121 (futures and Spot): what does the symbol sent to Spot look like? */
import { spotSymbolShape } from '../rules/spot-symbol-shape';
import type { Question } from '../types';

export const spotSymbolQuestion: Question = {
  id: 'spot-symbol',
  text: 'What does the symbol look like?',
  options: [
    {
      value: 'futures',
      label: 'A futures name (BTCUSD_PERP, 1000SHIBUSDT) or I meant to trade futures',
      ranks: ['futures-symbol-on-spot'],
    },
    { value: 'unified', label: 'It has a slash or colon (BTC/USDT)', ranks: ['unified-symbol'] },
    { value: 'plain', label: 'A plain Spot name (BTCUSDT)', ranks: ['delisted-or-testnet', 'futures-symbol-on-spot'] },
  ],
  auto: spotSymbolShape,
};
