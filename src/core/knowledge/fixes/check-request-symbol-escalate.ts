/** Fix shared by several errors: Check the request and the symbol, then escalate */
import type { Fix } from '../types';

export const checkRequestSymbolEscalateFix: Fix = {
  title: 'Check the request and the symbol, then escalate',
  steps: [
    'Confirm every numeric parameter you sent is a plain positive decimal.',
    'Look the symbol up in GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo): is its status TRADING and do its filters look sane?',
    'Retry once later; if it repeats, contact Binance support with the request and the time.',
  ],
};
