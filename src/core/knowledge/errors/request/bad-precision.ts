/** Knowledge of -1111 BAD_PRECISION. */
import { snippetSet } from '../../snippet-set';
import { libraryRoundsNumbersCause } from '../../causes/library-rounds-numbers';
import { upgradeLibraryNumberFormattingFix } from '../../fixes/upgrade-library-number-formatting';
import { libraryRoundingQuestion } from '../../questions/library-rounding';
import { coinmOrOtherProduct } from '../../rules/coinm-or-other-product';
import { floatNoiseInOrder } from '../../rules/float-noise-in-order';
import { marketQuantityAtFault } from '../../rules/market-quantity-at-fault';
import { wholeContractQuantity } from '../../rules/whole-contract-quantity';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1111'],
  meaning: 'A quantity or price has more decimal places than this futures symbol allows. Binance refused the order; nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Round the quantity down to the symbol’s stepSize and the price to its tickSize, send them as plain strings, and try again.',
  },
  causes: [
    {
      id: 'float-noise',
      title: 'Floating-point noise in the number',
      why: 'Binary floats turn 0.35 into 0.34999999999999998 or 0.1 + 0.2 into 0.30000000000000004. The extra digits exceed the allowed precision even when the value you meant was fine, and a library that formats floats itself can add them to a value your code rounded correctly.',
      fixes: [
        {
          title: 'Do the maths in decimals and send strings',
          steps: [
            'Use Decimal (Python) or integer step counts (JavaScript) for sizes and prices.',
            'Round to the step and format the result yourself before sending.',
          ],
          snippets: snippetSet('errors/request/bad-precision/do-maths-decimals-send', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
        upgradeLibraryNumberFormattingFix,
      ],
    },
    {
      id: 'qty-decimals',
      title: 'Quantity not rounded to the symbol’s step',
      why: 'Each futures symbol has its own LOT_SIZE.stepSize and quantityPrecision (BTCUSDT takes 3 decimals). A size derived from balance ÷ price has many more.',
      fixes: [
        {
          title: 'Truncate the quantity to stepSize',
          steps: [
            'Read LOT_SIZE.stepSize (MARKET_LOT_SIZE for market orders) from GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo).',
            'Round down to a whole number of steps so you never exceed your budget.',
          ],
          snippets: snippetSet('errors/request/bad-precision/do-maths-decimals-send', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'price-decimals',
      title: 'Price or stop price with too many decimals',
      why: 'Prices must respect pricePrecision and sit on the PRICE_FILTER.tickSize grid. Computed stops (entry × 0.98) and averages usually do not.',
      fixes: [
        {
          title: 'Round every price to tickSize',
          steps: ['Read PRICE_FILTER.tickSize for the symbol.', 'Round price and stopPrice to a multiple of it, then format without exponent.'],
          snippets: snippetSet('errors/request/bad-precision/do-maths-decimals-send', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'spot-precision-on-futures',
      title: 'Precision taken from Spot (or another symbol)',
      why: 'The Spot market of the same name often allows more decimals than the futures contract (Spot BTCUSDT takes 5 decimals of quantity, USD-M BTCUSDT 3). Filters read from /api/v3/exchangeInfo or a hard-coded table do not fit futures.',
      fixes: [
        {
          title: 'Read filters from the futures exchangeInfo',
          steps: [
            'Load GET /fapi/v1/exchangeInfo (or /dapi/v1/) for the exact symbol you trade.',
            'In python-binance use futures_exchange_info(), not get_symbol_info(); in ccxt use binanceusdm or a :USDT symbol.',
          ],
          snippets: snippetSet('errors/request/bad-precision/do-maths-decimals-send', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'coinm-contracts',
      title: 'COIN-M quantity sent with decimals',
      why: 'On COIN-M the quantity is a whole number of contracts (e.g. 100 USD each for BTCUSD_PERP), not an amount of coin. 0.01 is not a valid contract count.',
      fixes: [
        {
          title: 'Send whole contracts',
          steps: ['Convert the USD value to contracts: contracts = floor(value ÷ contractSize).', 'Send an integer quantity.'],
          snippets: snippetSet('snippets/send-whole-contracts', { symbol: 'BTCUSD_PERP', ccxtSymbol: 'BTC/USD:BTC' }),
        },
      ],
    },
    libraryRoundsNumbersCause,
  ],
  tree: {
    start: 'rounding',
    questions: [
      libraryRoundingQuestion(['library-rounds-numbers', 'qty-decimals', 'price-decimals'], { next: 'noise' }),
      {
        id: 'noise',
        text: 'Does the quantity or price look like floating-point noise (e.g. 0.30000000000000004 or 1e-7)?',
        options: [
          { value: 'noise', label: 'Yes', ranks: ['float-noise', 'qty-decimals'] },
          { value: 'clean', label: 'No, it is a normal-looking decimal', next: 'product' },
        ],
        auto: floatNoiseInOrder,
      },
      {
        id: 'product',
        text: 'Is this a COIN-M order (symbols like BTCUSD_PERP)?',
        options: [
          { value: 'coinm', label: 'Yes, COIN-M', next: 'coinm-qty' },
          { value: 'other', label: 'No, USD-M or Portfolio Margin', next: 'source' },
        ],
        auto: coinmOrOtherProduct,
      },
      {
        id: 'coinm-qty',
        text: 'Was the quantity a whole number of contracts?',
        options: [
          { value: 'fraction', label: 'No, it had decimals', ranks: ['coinm-contracts'] },
          { value: 'whole', label: 'Yes', ranks: ['price-decimals', 'float-noise'] },
        ],
        auto: wholeContractQuantity,
      },
      {
        id: 'source',
        text: 'Where does your bot get its rounding rules from?',
        options: [
          { value: 'spot', label: 'Spot exchangeInfo, get_symbol_info, or a hard-coded table', ranks: ['spot-precision-on-futures'] },
          { value: 'none', label: 'It does not round', next: 'field' },
          { value: 'futures', label: 'The futures exchangeInfo', next: 'field' },
        ],
      },
      {
        id: 'field',
        text: 'Which value has more decimals than the symbol allows?',
        options: [
          { value: 'quantity', label: 'The quantity', ranks: ['qty-decimals', 'float-noise'] },
          { value: 'price', label: 'The price or stop price', ranks: ['price-decimals', 'float-noise'] },
          { value: 'unsure', label: 'Not sure', ranks: ['qty-decimals', 'price-decimals', 'spot-precision-on-futures'] },
        ],
        auto: marketQuantityAtFault,
      },
    ],
  },
};

export default knowledge;
