/** Knowledge of -4023 QTY_NOT_INCREASED_BY_STEP_SIZE. */
import { snippetSet } from '../../snippet-set';
import { marketOrderType } from '../../rules/market-order-type';
import { quantityNoiseOrPlain } from '../../rules/quantity-noise-or-plain';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4023'],
  meaning: 'The quantity is not a whole number of stepSize steps above minQty. LIMIT and stop orders are checked against LOT_SIZE, MARKET orders against MARKET_LOT_SIZE. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Truncate the quantity onto the step of the right filter and send again; the same quantity fails the same way.',
  },
  causes: [
    {
      id: 'not-truncated',
      title: 'A computed quantity was not cut down to the step size',
      why: 'Quantities derived from money (USDT ÷ price), from a percentage of a position or from leverage maths have arbitrary decimals; only multiples of stepSize are accepted.',
      fixes: [
        {
          title: 'Truncate onto stepSize and check minQty',
          steps: [
            'Read LOT_SIZE (and MARKET_LOT_SIZE) from GET /fapi/v1/exchangeInfo for this symbol.',
            'quantity = floor(quantity / stepSize) × stepSize with decimal maths; refuse to send when it falls below minQty.',
            'Use your own symbol, side and sizes; the examples use USD-M (fapi). On COIN-M use /dapi/ (python-binance futures_coin_*, ccxt binancecoinm), on Portfolio Margin /papi/.',
          ],
          snippets: snippetSet('snippets/truncate-step-size-symbol', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'float-noise',
      title: 'Floating-point noise in the quantity',
      why: 'A float such as 0.30000000000000004 or 1.2e-05 is not on any step grid even when you meant 0.3.',
      fixes: [
        {
          title: 'Format the quantity from Decimal or a fixed number of decimals',
          steps: ['Snap with Decimal / integer step counts.', 'Send a plain decimal string (no exponent).'],
          snippets: snippetSet('snippets/truncate-step-size-symbol', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'market-lot-size',
      title: 'A MARKET order checked against MARKET_LOT_SIZE',
      why: 'MARKET orders use the MARKET_LOT_SIZE filter, whose step and maximum can differ from LOT_SIZE on some symbols. A quantity valid for a LIMIT order can fail as MARKET.',
      fixes: [
        {
          title: 'Round MARKET quantities with MARKET_LOT_SIZE',
          steps: [
            'Pick the filter by order type: MARKET → MARKET_LOT_SIZE, everything else → LOT_SIZE.',
            'Also respect its maxQty; split very large market orders.',
          ],
          snippets: snippetSet('snippets/truncate-step-size-symbol', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'precision-vs-step',
      title: 'The step came from quantityPrecision, a stale cache or the Spot symbol',
      why: 'Symbols such as 1000PEPEUSDT trade in whole units (step 1), and futures steps differ from the Spot pair of the same name. Decimal counts or old filters give quantities the futures symbol will not take.',
      fixes: [
        {
          title: 'Use the futures symbol’s current stepSize',
          steps: [
            'Load filters from the futures exchangeInfo of the product you trade and refresh them regularly.',
            'Never reuse Spot filters for futures.',
            'In ccxt, use amount_to_precision after load_markets(True).',
          ],
          snippets: snippetSet('snippets/truncate-step-size-symbol', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'qty-shape',
    questions: [
      {
        id: 'qty-shape',
        text: 'Does the quantity string look like floating-point noise (e.g. 0.30000000000000004 or 1e-05)?',
        options: [
          { value: 'noise', label: 'Yes', ranks: ['float-noise', 'not-truncated'] },
          { value: 'clean', label: 'No, a plain decimal', next: 'order-type' },
        ],
        auto: quantityNoiseOrPlain,
      },
      {
        id: 'order-type',
        text: 'Was it a MARKET order?',
        options: [
          { value: 'market', label: 'Yes, MARKET', ranks: ['market-lot-size', 'not-truncated', 'precision-vs-step'] },
          { value: 'other', label: 'No (LIMIT, STOP, TAKE_PROFIT …)', next: 'qty-origin' },
        ],
        auto: marketOrderType,
      },
      {
        id: 'qty-origin',
        text: 'Is the quantity computed (from a USDT amount, leverage, a share of a position) or a fixed number from your config?',
        options: [
          { value: 'computed', label: 'Computed', ranks: ['not-truncated', 'precision-vs-step'] },
          { value: 'fixed', label: 'A fixed value', ranks: ['precision-vs-step', 'not-truncated'] },
        ],
      },
    ],
  },
};

export default knowledge;
