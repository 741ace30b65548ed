/** Fix shared by several errors: Always send your own client order id, and look up instead of resending */
import { snippetSet } from '../snippet-set';
import type { Fix } from '../types';

export const alwaysSendOwnClientOrderFix: Fix = {
  title: 'Always send your own client order id, and look up instead of resending',
  steps: [
    'Generate an id per order (allowed characters: letters, digits, . : / _ -, up to 36 long) and keep it with the order in your bot’s state.',
    'On -1000, -1006, -1007, HTTP 408 or an unclear 5xx, do not resend: look the order up by that id.',
    'Turn off any generic "retry on network error" wrapper around order placement (ccxt maps -1007 to RequestTimeout, a NetworkError that naive wrappers resend).',
  ],
  snippets: snippetSet('snippets/always-send-own-client', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
};
