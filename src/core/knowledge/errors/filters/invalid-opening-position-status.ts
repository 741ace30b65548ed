/** Knowledge of -4140 INVALID_OPENING_POSITION_STATUS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4140'],
  meaning: 'The symbol is not open for new positions right now (for example before delisting or during settlement); only closing is allowed.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry opening: the symbol’s status does not allow it. Close existing positions with reduce-only orders and check Binance’s announcements.',
  },
  causes: [
    {
      id: 'symbol-not-open',
      title: 'Symbol status blocks opening',
      why: 'Before a delisting or settlement Binance stops new positions on the symbol while still letting you close.',
      fixes: [
        {
          title: 'Check the symbol status',
          steps: [
            'Read status in GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo) (TRADING means normal).',
            'Close any position with reduceOnly=true; remove the symbol from the bot.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
