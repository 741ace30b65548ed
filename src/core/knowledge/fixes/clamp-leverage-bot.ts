/** Fix shared by several errors: Clamp leverage in the bot */
import { snippetSet } from '../snippet-set';
import type { Fix } from '../types';

export const clampLeverageBotFix: Fix = {
  title: 'Clamp leverage in the bot',
  steps: [
    'Cap the leverage you request at the limit (20x for the verification and account-age rules, otherwise the number in the message).',
    'Read the bracket with GET /fapi/v1/leverageBracket to see what the symbol itself allows.',
  ],
  snippets: snippetSet('snippets/clamp-bracket', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
};
