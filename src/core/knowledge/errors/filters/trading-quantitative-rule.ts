/** Knowledge of -4400 TRADING_QUANTITATIVE_RULE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4400'],
  meaning: 'Your account broke Binance’s Futures Trading Quantitative Rules (for example too many cancellations or unfilled orders compared with fills), so for a while only reduce-only orders are allowed.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry opening orders: the account is limited to reduce-only for a period. Close positions if needed and change how the bot trades before the limit ends.',
  },
  causes: [
    {
      id: 'quant-rules',
      title: 'Quantitative trading rules breached',
      why: 'Binance watches ratios such as unfilled, expired and cancelled orders versus filled ones, and small-order patterns. Aggressive order-spamming strategies trigger a temporary reduce-only limit.',
      fixes: [
        {
          title: 'Wait it out and trade less noisily',
          steps: [
            'Check the indicators with GET /fapi/v1/apiTradingStatus.',
            'Place fewer, larger orders; cancel and replace less often.',
            'Wait until the restriction expires (see Binance’s notification).',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
