/** Knowledge of -1020 UNSUPPORTED_OPERATION. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1020'],
  meaning: 'Binance does not support this operation for your request, account or symbol. Nothing was executed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Change what you ask for (a different endpoint, product, order type or account) before sending again.',
  },
  causes: [
    {
      id: 'not-supported-here',
      title: 'The operation is not available for this account, symbol or environment',
      why: 'Some features exist only on certain products, account types or symbols, or not on the testnet.',
      fixes: [
        {
          title: 'Check that the operation exists where you call it',
          steps: [
            'Make sure you call the product you mean (fapi = USD-M, dapi = COIN-M, api = Spot, papi = Portfolio Margin).',
            'Check the symbol supports the order type (exchangeInfo lists orderTypes per symbol).',
            'Try on mainnet if it fails only on the testnet.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
