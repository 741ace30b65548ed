/** Knowledge of spot:-1013 INVALID_MESSAGE. */
import { snippetSet } from '../../snippet-set';
import { libraryRoundsNumbersCause } from '../../causes/library-rounds-numbers';
import { tooManyAlgoOrdersCause } from '../../causes/too-many-algo-orders';
import { libraryRoundingQuestion } from '../../questions/library-rounding';
import { minNotionalNamed } from '../../rules/min-notional-named';
import { priceAgainstFilters } from '../../rules/price-against-filters';
import { quantityAgainstFilters } from '../../rules/quantity-against-filters';
import { spotFilterFailure } from '../../rules/spot-filter-failure';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1013'],
  meaning: 'Spot refused the order before it reached the matching engine because it broke one of the symbol’s trading rules (filters). The message says which: “Filter failure: LOT_SIZE”, “…PRICE_FILTER”, “…NOTIONAL” and so on. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Fix the value the named filter checks (price grid, quantity grid, order value, open-order count …), then send the order again; the same order fails the same way.',
  },
  causes: [
    {
      id: 'price-off-tick',
      title: 'PRICE_FILTER: the price is not a multiple of tickSize',
      why: 'Prices must sit on the tick grid; rounding to a number of decimals, float noise or a computed stop price lands between ticks.',
      fixes: [
        {
          title: 'Snap the price to tickSize',
          steps: [
            'Read PRICE_FILTER.tickSize from GET /api/v3/exchangeInfo?symbol=….',
            'Round the price onto the grid with decimal maths (ccxt: price_to_precision).',
          ],
          snippets: snippetSet('errors/execution/spot-invalid-message/snap-price-ticksize', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'price-out-of-range',
      title: 'PRICE_FILTER: the price is below minPrice or above maxPrice',
      why: 'A decimal-point slip, a price in the wrong unit (e.g. the quote asset swapped) or a far-away limit puts the price outside the symbol’s range.',
      fixes: [
        {
          title: 'Check the price range',
          steps: ['Compare your price with PRICE_FILTER.minPrice / maxPrice.', 'Check the units and decimals of your price calculation.'],
          snippets: snippetSet('errors/execution/spot-invalid-message/check-price-range', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'percent-price',
      title: 'PERCENT_PRICE / PERCENT_PRICE_BY_SIDE: the price is too far from the average price',
      why: 'Limit prices must stay within a band around the recent weighted average price (GET /api/v3/avgPrice). Deep “catch the wick” bids and far take-profits fall outside it.',
      fixes: [
        {
          title: 'Keep the price inside the band',
          steps: [
            'Read the multipliers (multiplierUp/Down, or bid/ask multipliers for PERCENT_PRICE_BY_SIDE) and the average price.',
            'Clamp your price into the band, or place the order later when the market is nearer.',
          ],
          snippets: snippetSet('errors/execution/spot-invalid-message/keep-price-inside-band', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
        {
          title: 'Check the price source before placing',
          steps: [
            'Log the price your code computed and the value it came from (order book, ticker, last trade, a stream).',
            'Refuse to place when that source is 0, empty or stale: an empty side of the book, a stream not yet filled or a failed request gives a price far outside the band.',
            'Compare the price with GET /api/v3/avgPrice right before sending, and skip the order when it is out of band instead of resending it.',
          ],
        },
      ],
    },
    {
      id: 'lot-size-step',
      title: 'LOT_SIZE: the quantity is not a multiple of stepSize',
      why: 'Quantities from money ÷ price, or float noise such as 0.30000000000000004, are not on the step grid.',
      fixes: [
        {
          title: 'Truncate the quantity to stepSize',
          steps: ['Read LOT_SIZE.stepSize.', 'Cut the quantity down onto the grid with decimal maths (ccxt: amount_to_precision).'],
          snippets: snippetSet('errors/execution/spot-invalid-message/snap-price-ticksize', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'lot-size-range',
      title: 'LOT_SIZE: the quantity is below minQty or above maxQty',
      why: 'Very small orders (often after truncation) or very large ones fall outside the allowed quantity range.',
      fixes: [
        {
          title: 'Keep the quantity within minQty–maxQty',
          steps: ['Read LOT_SIZE.minQty / maxQty.', 'Raise small orders to minQty (and the minimum order value), split large ones.'],
          snippets: snippetSet('errors/execution/spot-invalid-message/keep-quantity-within-minqty', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'quote-amount-as-quantity',
      title: 'The amount to spend (in USDT) was sent as the quantity (in BTC)',
      why: 'quantity is in the base asset. Passing “25” meaning 25 USDT asks for 25 BTC, which breaks LOT_SIZE / MARKET_LOT_SIZE (or your balance).',
      fixes: [
        {
          title: 'Use quoteOrderQty for “spend X” market orders',
          steps: [
            'For MARKET orders send quoteOrderQty (amount of the quote asset) instead of quantity.',
            'For LIMIT orders compute quantity = amount ÷ price and snap it to the step.',
          ],
          snippets: snippetSet('errors/execution/spot-invalid-message/use-quoteorderqty-spend-x', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'market-lot-size',
      title: 'MARKET_LOT_SIZE: the market order’s quantity is outside its own limits',
      why: 'MARKET orders are checked against MARKET_LOT_SIZE, whose maximum is often much smaller than LOT_SIZE’s.',
      fixes: [
        {
          title: 'Respect MARKET_LOT_SIZE',
          steps: ['Read MARKET_LOT_SIZE.minQty / maxQty / stepSize.', 'Split large market orders, or use quoteOrderQty / LIMIT orders.'],
          snippets: snippetSet('errors/execution/spot-invalid-message/respect-market-lot-size', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
        {
          title: 'Or spend an amount instead',
          steps: ['Send quoteOrderQty so Binance sizes the order.'],
          snippets: snippetSet('errors/execution/spot-invalid-message/use-quoteorderqty-spend-x', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'notional-too-small',
      title: 'NOTIONAL / MIN_NOTIONAL: the order’s value is under the minimum',
      why: 'price × quantity must reach minNotional (market orders are valued at the average price). Small test orders and truncated quantities fall under it.',
      fixes: [
        {
          title: 'Size the order to at least minNotional',
          steps: ['Read NOTIONAL (or MIN_NOTIONAL).minNotional.', 'Quantity ≥ minNotional ÷ price, rounded UP to the step, with some headroom.'],
          snippets: snippetSet('errors/execution/spot-invalid-message/size-order-least-minnotional', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'notional-too-large',
      title: 'NOTIONAL: the order’s value is over maxNotional',
      why: 'The NOTIONAL filter also caps the value of a single order.',
      fixes: [
        {
          title: 'Split the order',
          steps: ['Read NOTIONAL.maxNotional.', 'Send several smaller orders.'],
          snippets: snippetSet('errors/execution/spot-invalid-message/split-order', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'too-many-open-orders',
      title: 'MAX_NUM_ORDERS / EXCHANGE_MAX_NUM_ORDERS: too many open orders',
      why: 'There is a cap on open orders per symbol and per account. Grid bots and forgotten orders reach it.',
      fixes: [
        {
          title: 'Cancel orders you no longer need',
          steps: ['Count your open orders (GET /api/v3/openOrders).', 'Cancel stale ones; keep grids within the cap.'],
          snippets: snippetSet('errors/execution/spot-invalid-message/cancel-orders-you-longer', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    tooManyAlgoOrdersCause,
    {
      id: 'iceberg-limits',
      title: 'ICEBERG_PARTS / MAX_NUM_ICEBERG_ORDERS: iceberg order rules broken',
      why: 'An icebergQty too small splits the order into too many parts, or too many iceberg orders are open.',
      fixes: [
        {
          title: 'Use a larger icebergQty or fewer icebergs',
          steps: ['Read ICEBERG_PARTS.limit: quantity ÷ icebergQty must not exceed it.', 'Cancel old iceberg orders.'],
          snippets: snippetSet('errors/execution/spot-invalid-message/use-larger-icebergqty-fewer', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'trailing-delta-range',
      title: 'TRAILING_DELTA: trailingDelta outside the allowed range',
      why: 'trailingDelta (in basis points) must be within the filter’s min/max for the order type and side.',
      fixes: [
        {
          title: 'Pick a trailingDelta inside the range',
          steps: [
            'Read the TRAILING_DELTA filter (minTrailingAboveDelta, maxTrailingAboveDelta, minTrailingBelowDelta, maxTrailingBelowDelta).',
            'Choose a value within the range for your order type.',
          ],
          snippets: snippetSet('errors/execution/spot-invalid-message/pick-trailingdelta-inside-range', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'max-position',
      title: 'MAX_POSITION: the position would exceed the symbol’s maximum',
      why: 'Your base-asset balance plus open BUY orders would go over the symbol’s maxPosition.',
      fixes: [
        {
          title: 'Stay under maxPosition',
          steps: ['Read MAX_POSITION.maxPosition.', 'Cancel open BUY orders or reduce holdings before buying more.'],
          snippets: snippetSet('errors/execution/spot-invalid-message/stay-under-maxposition', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'amend-or-list-limit',
      title: 'MAX_NUM_ORDER_AMENDS / MAX_NUM_ORDER_LISTS: amend or order-list cap reached',
      why: 'An order was amended too many times, or too many order lists (OCO/OTO) are open.',
      fixes: [
        {
          title: 'Replace instead of amending; close old lists',
          steps: ['Cancel and re-place an order that hit the amend cap.', 'Cancel order lists you no longer need.'],
          snippets: snippetSet('errors/execution/spot-invalid-message/replace-instead-amending-close', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'not-a-filter',
      title: 'The message is not a filter failure',
      why: 'Spot also returns -1013 for other request problems; the real reason is the message text itself (for example a market that is closed or an unsupported order combination).',
      fixes: [
        {
          title: 'Act on the message text',
          steps: [
            'Read the exact message.',
            'Check the symbol’s status and permissions in GET /api/v3/exchangeInfo and fix what the message names.',
          ],
          snippets: snippetSet('errors/execution/spot-invalid-message/check-price-range', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    libraryRoundsNumbersCause,
  ],
  tree: {
    start: 'filter',
    questions: [
      {
        id: 'filter',
        text: 'Which filter does the message name (“Filter failure: …”)?',
        options: [
          { value: 'PRICE_FILTER', label: 'PRICE_FILTER', next: 'price-which' },
          { value: 'PERCENT_PRICE', label: 'PERCENT_PRICE or PERCENT_PRICE_BY_SIDE', ranks: ['percent-price', 'price-out-of-range'] },
          { value: 'LOT_SIZE', label: 'LOT_SIZE', next: 'lot-which' },
          { value: 'MARKET_LOT_SIZE', label: 'MARKET_LOT_SIZE', ranks: ['market-lot-size', 'quote-amount-as-quantity'] },
          { value: 'NOTIONAL', label: 'MIN_NOTIONAL or NOTIONAL', next: 'notional-which' },
          { value: 'MAX_NUM_ORDERS', label: 'MAX_NUM_ORDERS / EXCHANGE_MAX_NUM_ORDERS', ranks: ['too-many-open-orders'] },
          {
            value: 'MAX_NUM_ALGO_ORDERS',
            label: 'MAX_NUM_ALGO_ORDERS / EXCHANGE_MAX_NUM_ALGO_ORDERS',
            ranks: ['too-many-algo-orders', 'too-many-open-orders'],
          },
          { value: 'ICEBERG', label: 'ICEBERG_PARTS / MAX_NUM_ICEBERG_ORDERS', ranks: ['iceberg-limits'] },
          { value: 'TRAILING_DELTA', label: 'TRAILING_DELTA', ranks: ['trailing-delta-range'] },
          { value: 'MAX_POSITION', label: 'MAX_POSITION', ranks: ['max-position'] },
          { value: 'AMENDS_LISTS', label: 'MAX_NUM_ORDER_AMENDS / MAX_NUM_ORDER_LISTS', ranks: ['amend-or-list-limit'] },
          { value: 'other', label: 'Another message (no filter named)', next: 'rounding' },
        ],
        auto: spotFilterFailure,
      },
      libraryRoundingQuestion(['library-rounds-numbers', 'not-a-filter', 'price-off-tick'], { ranks: ['not-a-filter', 'notional-too-small', 'lot-size-step'] }),
      {
        id: 'price-which',
        text: 'Is the price inside the symbol’s minPrice–maxPrice range but off the tick grid, or outside the range?',
        options: [
          { value: 'off-grid', label: 'Inside the range, just not a multiple of tickSize', ranks: ['price-off-tick', 'price-out-of-range'] },
          { value: 'out-of-range', label: 'Outside the range / not sure', ranks: ['price-out-of-range', 'price-off-tick'] },
        ],
        auto: priceAgainstFilters,
      },
      {
        id: 'lot-which',
        text: 'What is the quantity like?',
        options: [
          { value: 'decimals', label: 'It has more decimals than the step allows', ranks: ['lot-size-step', 'lot-size-range'] },
          { value: 'size', label: 'It is too small or too big', ranks: ['lot-size-range', 'quote-amount-as-quantity'] },
          {
            value: 'quote',
            label: 'It is really the amount of USDT I wanted to spend',
            ranks: ['quote-amount-as-quantity', 'lot-size-range'],
          },
        ],
        auto: quantityAgainstFilters,
      },
      {
        id: 'notional-which',
        text: 'Was the order too small, or very large?',
        options: [
          { value: 'small', label: 'Small (a test order, a little balance)', ranks: ['notional-too-small', 'lot-size-step'] },
          { value: 'large', label: 'Very large', ranks: ['notional-too-large'] },
        ],
        auto: minNotionalNamed,
      },
    ],
  },
};

export default knowledge;
