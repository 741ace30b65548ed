/** Knowledge of -2010 NEW_ORDER_REJECTED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2010'],
  meaning: 'The futures matching engine rejected the new order without a more specific code. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Check the order against the symbol’s rules and your account state, then send again.',
  },
  causes: [
    {
      id: 'generic-reject',
      title: 'Order refused by the matching engine',
      why: 'On the futures products most rejections have their own code, so a bare NEW_ORDER_REJECTED is rare. Typical triggers are a symbol that is not trading, an account restriction, or an order the engine cannot accept in the current market state.',
      fixes: [
        {
          title: 'Check symbol state, account and order',
          steps: [
            'Confirm the symbol is TRADING in GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo).',
            'Check the account can trade (GET /fapi/v3/account canTrade).',
            'Check the full message text — it sometimes carries the reason.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
