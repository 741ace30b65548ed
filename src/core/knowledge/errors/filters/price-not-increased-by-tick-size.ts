/** Knowledge of -4014 PRICE_NOT_INCREASED_BY_TICK_SIZE. */
import { snippetSet } from '../../snippet-set';
import { conditionalPriceOrigin } from '../../rules/conditional-price-origin';
import { priceFloatNoise } from '../../rules/price-float-noise';
import { tickSizeShape } from '../../rules/tick-size-shape';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4014'],
  meaning: 'The price is not on the symbol’s price grid: every price must be minPrice plus a whole number of tickSize steps. Binance refused the order; nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Snap the price onto the tickSize grid (from a fresh exchangeInfo) and send it again; resending the same price fails the same way.',
  },
  causes: [
    {
      id: 'rounded-to-decimals',
      title: 'Rounded to a number of decimals (pricePrecision) instead of to tickSize',
      why: 'pricePrecision is not the tick. BTCUSDT, for instance, shows pricePrecision 2 while its tickSize is 0.10, and many symbols have ticks such as 0.5, 0.25 or 0.0005 that no decimal rounding can hit.',
      fixes: [
        {
          title: 'Round to a multiple of tickSize',
          steps: [
            'Read PRICE_FILTER.tickSize for this symbol from GET /fapi/v1/exchangeInfo (COIN-M: /dapi/v1/exchangeInfo).',
            'price = floor(price / tickSize) × tickSize with decimal maths (round up instead for a SELL if you prefer).',
            'Format the result as a plain decimal string, without exponent.',
            'Use your own symbol, side and sizes; the examples use USD-M (fapi). On COIN-M use /dapi/ (python-binance futures_coin_*, ccxt binancecoinm), on Portfolio Margin /papi/.',
          ],
          snippets: snippetSet('errors/filters/price-not-increased-by-tick-size/round-multiple-ticksize', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'float-noise',
      title: 'Floating-point noise in the price string',
      why: 'Binary floats print values like 64321.300000000003 or 0.30000000000000004; the extra digits put the price off the grid even when the intended value was right.',
      fixes: [
        {
          title: 'Compute prices with Decimal or strings and format them yourself',
          steps: [
            'Do the snapping with Decimal (Python) or integer tick counts (JavaScript).',
            'Send the price as a string you formatted, not a float the library prints.',
            'Check the exact request in your log before and after the change.',
          ],
          snippets: snippetSet('errors/filters/price-not-increased-by-tick-size/round-multiple-ticksize', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'computed-price-not-snapped',
      title: 'A computed price (stop, take-profit, offset from entry) was never snapped',
      why: 'Prices derived from other prices — entry × 1.02, ATR offsets, averages — land between ticks unless you snap them. Stops and take-profits are the usual culprits because the entry price itself was valid.',
      fixes: [
        {
          title: 'Snap every derived price just before sending',
          steps: [
            'Put one snap-to-tick helper between your strategy maths and the order call, for price and stopPrice alike.',
            'Snap stop prices away from the market (down for a SELL stop, up for a BUY stop) so rounding never moves them closer.',
          ],
          snippets: snippetSet('errors/filters/price-not-increased-by-tick-size/round-multiple-ticksize', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'stale-or-wrong-filters',
      title: 'The tickSize came from a stale cache or from another product',
      why: 'Binance changes tick sizes of futures symbols from time to time, and the Spot symbol with the same name has its own, different filters. A tick read at start-up or from /api/v3/exchangeInfo can be wrong today.',
      fixes: [
        {
          title: 'Refresh the futures filters and use them',
          steps: [
            'Load filters from the futures exchangeInfo of the product you trade, not from Spot.',
            'Refresh them at least daily and after any -4014 / -4023.',
            'In ccxt, call load_markets(True) to force a reload.',
          ],
          snippets: snippetSet('errors/filters/price-not-increased-by-tick-size/round-multiple-ticksize', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'price-shape',
    questions: [
      {
        id: 'price-shape',
        text: 'Does the price string look like floating-point noise (many decimals such as 64321.300000000003)?',
        options: [
          { value: 'noise', label: 'Yes, it has a long tail of digits', ranks: ['float-noise', 'rounded-to-decimals'] },
          { value: 'clean', label: 'No, it looks like a normal price', next: 'price-origin' },
        ],
        auto: priceFloatNoise,
      },
      {
        id: 'price-origin',
        text: 'Where did the price come from?',
        options: [
          { value: 'computed', label: 'Computed from another price (offset, percentage, stop/TP)', next: 'tick-shape' },
          {
            value: 'copied',
            label: 'Copied from the book/ticker or typed in, and it used to work',
            ranks: ['stale-or-wrong-filters', 'rounded-to-decimals'],
          },
        ],
        auto: conditionalPriceOrigin,
      },
      {
        id: 'tick-shape',
        text: 'Is the symbol’s tickSize 0.1, 0.01, 0.001 … or a step like 0.5, 0.25, 0.0005?',
        help: 'GET /fapi/v1/exchangeInfo → the symbol → PRICE_FILTER.tickSize.',
        options: [
          { value: 'odd', label: 'A step like 0.5 / 0.25 / 0.0005', ranks: ['rounded-to-decimals', 'computed-price-not-snapped'] },
          {
            value: 'power',
            label: 'A power of ten',
            ranks: ['computed-price-not-snapped', 'rounded-to-decimals', 'stale-or-wrong-filters'],
          },
        ],
        auto: tickSizeShape,
      },
    ],
  },
};

export default knowledge;
