/** Knowledge of spot:-1111 BAD_PRECISION. */
import { snippetSet } from '../../snippet-set';
import { libraryRoundsNumbersCause } from '../../causes/library-rounds-numbers';
import { upgradeLibraryNumberFormattingFix } from '../../fixes/upgrade-library-number-formatting';
import { libraryRoundingQuestion } from '../../questions/library-rounding';
import { quantityFloatNoise } from '../../rules/quantity-float-noise';
import { tooPreciseParamKind } from '../../rules/too-precise-param-kind';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1111'],
  meaning: 'On Spot, the named parameter has more decimal places than the symbol or asset allows. The order was refused; nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Round the named value to the symbol’s step (stepSize, tickSize, or the quote asset precision) and send again.',
  },
  causes: [
    {
      id: 'float-noise',
      title: 'Floating-point noise in the number',
      why: 'A float printed with a long tail (0.30000000000000004) carries more decimals than any Spot symbol accepts, whether your code or the library printed it.',
      fixes: [
        {
          title: 'Use decimals and send strings',
          steps: ['Compute in Decimal (Python) or integer step counts (JavaScript).', 'Format the rounded value yourself.'],
          snippets: snippetSet('snippets/use-decimals-send-strings', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
        upgradeLibraryNumberFormattingFix,
      ],
    },
    {
      id: 'qty-decimals',
      title: 'quantity not rounded to LOT_SIZE.stepSize',
      why: 'Spot quantities must fit the symbol’s base asset precision and LOT_SIZE step.',
      fixes: [
        {
          title: 'Truncate quantity to stepSize',
          steps: ['Read LOT_SIZE.stepSize from GET /api/v3/exchangeInfo?symbol=… and round down to it.'],
          snippets: snippetSet('snippets/use-decimals-send-strings', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'price-decimals',
      title: 'price or stopPrice not rounded to tickSize',
      why: 'Prices must sit on the PRICE_FILTER.tickSize grid of the symbol.',
      fixes: [
        {
          title: 'Round prices to tickSize',
          steps: ['Read PRICE_FILTER.tickSize and round price and stopPrice to it.'],
          snippets: snippetSet('snippets/use-decimals-send-strings', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'quote-qty-decimals',
      title: 'quoteOrderQty with too many decimals',
      why: 'A MARKET order sized by quoteOrderQty must respect the quote asset precision (quoteAssetPrecision in exchangeInfo).',
      fixes: [
        {
          title: 'Round quoteOrderQty to the quote precision',
          steps: ['Read quoteAssetPrecision for the symbol and round the amount down to that many decimals.'],
          snippets: snippetSet('snippets/use-decimals-send-strings', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    libraryRoundsNumbersCause,
  ],
  tree: {
    start: 'rounding',
    questions: [
      libraryRoundingQuestion(['library-rounds-numbers', 'qty-decimals', 'price-decimals'], { next: 'param' }),
      {
        id: 'param',
        text: 'Which parameter does the message name?',
        options: [
          { value: 'quantity', label: 'quantity', next: 'noise' },
          { value: 'price', label: 'price or stopPrice', ranks: ['price-decimals', 'float-noise'] },
          { value: 'quote', label: 'quoteOrderQty', ranks: ['quote-qty-decimals', 'float-noise'] },
          { value: 'other', label: 'Another one', ranks: ['float-noise', 'qty-decimals', 'price-decimals'] },
        ],
        auto: tooPreciseParamKind,
      },
      {
        id: 'noise',
        text: 'Does the quantity look like floating-point noise (many decimals, or an exponent)?',
        options: [{ value: 'noise', label: 'Yes', ranks: ['float-noise', 'qty-decimals'] }, { value: 'clean', label: 'No', ranks: ['qty-decimals'] }],
        auto: quantityFloatNoise,
      },
    ],
  },
};

export default knowledge;
