/** Knowledge of -4003 QTY_LESS_THAN_ZERO. */
import { snippetSet } from '../../snippet-set';
import { closingFlag } from '../../rules/closing-flag';
import { earlierError } from '../../rules/earlier-error';
import { quantitySign } from '../../rules/quantity-sign';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4003'],
  meaning: 'The order quantity Binance received was zero or negative. Almost always the quantity your code computed was rounded down to nothing, or it came from a position size that was negative or already zero.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Sending it again sends the same zero, so fix how the quantity is computed first, and make your code refuse to send a quantity that is not above zero.',
  },
  causes: [
    {
      id: 'knock-on-earlier-error',
      title: 'An earlier order failed, so the bot closes a position it never opened',
      why: 'When the opening order was refused (a -4061 position-side mismatch, -2019 margin, a filter), a bot that does not check the answer still records the position and later sizes its close from it; the real position is 0, so the closing quantity comes out as 0 or below. The -4003 is a knock-on error: the first error is the one to fix.',
      fixes: [
        {
          title: 'Fix the first error, and size closes from the real position',
          steps: [
            'Find the first error before this one in the log and diagnose it: that is what left the position different from what the bot believes.',
            'Treat a refused order as not placed: do not record a position or schedule a close for it.',
            'Before closing, read the real positionAmt (GET /fapi/v3/positionRisk, or the user-data stream) and skip the close when it is 0.',
          ],
        },
      ],
    },
    {
      id: 'rounded-to-zero',
      title: 'Your budget is smaller than one quantity step, so rounding gave 0',
      why: 'Quantities are cut down to the symbol’s stepSize (0.001 BTC on BTCUSDT, for example). If the money you size with buys less than one step, truncation leaves 0. Small accounts on high-priced symbols hit this first.',
      fixes: [
        {
          title: 'Size from the minimums, not just from the budget',
          steps: [
            'Read stepSize/minQty (LOT_SIZE) and the MIN_NOTIONAL filter of this symbol from GET /fapi/v1/exchangeInfo.',
            'Compute the smallest valid quantity: at least minQty and at least notional ÷ price, rounded UP to the step.',
            'If your budget cannot pay for that quantity, skip the trade or pick a symbol with a smaller step — do not send 0.',
            'Use your own symbol, side and sizes; the examples use USD-M (fapi). On COIN-M use /dapi/ (python-binance futures_coin_*, ccxt binancecoinm), on Portfolio Margin /papi/.',
          ],
          snippets: snippetSet('snippets/size-minimums-just-budget', { symbol: 'ETHUSDT', ccxtSymbol: 'ETH/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'int-rounding',
      title: 'The quantity was rounded to a whole number or too few decimals',
      why: 'A plain round(qty), int(qty), toFixed(0) or rounding to the wrong number of decimals turns 0.004 into 0. It often sneaks in when the same helper serves symbols with very different steps.',
      fixes: [
        {
          title: 'Truncate to the step size of this symbol',
          steps: [
            'Replace rounding-to-decimals with truncation onto stepSize using decimal maths (or your library’s amount_to_precision).',
            'After rounding, check the result is ≥ minQty before you send.',
            'Log the exact quantity string you send.',
          ],
          snippets: snippetSet('snippets/truncate-step-size-symbol', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'negative-position-amt',
      title: 'The quantity came from a short position’s negative positionAmt',
      why: 'In one-way mode a short shows a negative positionAmt (e.g. -0.5). Passing it unchanged as the closing order’s quantity sends a negative number.',
      fixes: [
        {
          title: 'Use the absolute size and pick the side from the sign',
          steps: [
            'Read positionAmt (GET /fapi/v3/positionRisk).',
            'Send quantity = |positionAmt|; side = SELL when positionAmt > 0, BUY when < 0.',
            'Add reduceOnly=true in one-way mode so it can only close.',
          ],
          snippets: snippetSet('snippets/use-absolute-size-pick', { symbol: 'ETHUSDT', ccxtSymbol: 'ETH/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'position-already-flat',
      title: 'A closing order was built from a position that is already closed',
      why: 'A stop, take-profit, liquidation or another process closed the position first, so the size your close logic read was 0.',
      fixes: [
        {
          title: 'Re-read the position and skip the close when it is zero',
          steps: [
            'Right before closing, read the current positionAmt for the symbol (and positionSide in hedge mode).',
            'If it is 0, the position is already closed: cancel leftover reduce-only / conditional orders instead of sending a close.',
            'Drive the close from the user-data stream (ORDER_TRADE_UPDATE / ACCOUNT_UPDATE) rather than a cached size.',
          ],
          snippets: snippetSet('snippets/use-absolute-size-pick', { symbol: 'ETHUSDT', ccxtSymbol: 'ETH/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'earlier',
    questions: [
      {
        id: 'earlier',
        text: 'Did another order of yours fail just before this one (the order that opened the position, for example)?',
        help: 'Look earlier in your log for another Binance error.',
        options: [
          { value: 'yes', label: 'Yes, an earlier order failed', ranks: ['knock-on-earlier-error', 'position-already-flat', 'negative-position-amt'] },
          { value: 'no', label: 'No, this is the first error', next: 'qty-value' },
        ],
        auto: earlierError,
      },
      {
        id: 'qty-value',
        text: 'What quantity did the request carry?',
        help: 'Look for quantity= in the logged request or the arguments you passed.',
        options: [
          { value: 'negative', label: 'A negative number', ranks: ['negative-position-amt', 'position-already-flat'] },
          { value: 'zero', label: '0 (or 0.000…)', next: 'closing' },
          { value: 'positive', label: 'A positive number, or I cannot see it', next: 'closing' },
        ],
        auto: quantitySign,
      },
      {
        id: 'closing',
        text: 'Was the order meant to close or reduce a position?',
        options: [
          {
            value: 'closing',
            label: 'Yes, it was closing / reducing',
            ranks: ['position-already-flat', 'negative-position-amt', 'int-rounding'],
          },
          { value: 'opening', label: 'No, it was opening or adding', ranks: ['rounded-to-zero', 'int-rounding'] },
        ],
        auto: closingFlag,
      },
    ],
  },
};

export default knowledge;
