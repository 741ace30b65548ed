/** Knowledge of -4141 SYMBOL_ALREADY_CLOSED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4141'],
  meaning: 'The symbol is closed (delisted or settled), so it cannot be traded.',
  retry: { verdict: 'never-retry', outcome: 'rejected', advice: 'Do not retry: the symbol no longer trades. Remove it from your bot.' },
  causes: [
    {
      id: 'symbol-closed',
      title: 'Delisted or settled symbol',
      why: 'Binance closed the contract; cached symbol lists still contain it.',
      fixes: [
        {
          title: 'Refresh your symbol list',
          steps: [
            'Only trade symbols whose status is TRADING in GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo).',
            'Drop closed symbols from configs and watchlists.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
