/** Knowledge of -1116 INVALID_ORDER_TYPE. */
import { snippetSet } from '../../snippet-set';
import { spotOrFutures } from '../../rules/spot-or-futures';
import { futuresTypeValid, spotTypeValid } from '../../rules/valid-order-type';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1116'],
  meaning: 'The order type you sent does not exist on this product (or is misspelt). Spot and futures have different type names. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Use an order type this product knows, in upper case, and send again.',
  },
  causes: [
    {
      id: 'spot-type-on-futures',
      title: 'A Spot-only type sent to futures',
      why: 'STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT_LIMIT and LIMIT_MAKER exist only on Spot. Futures use STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET, and post-only is LIMIT with timeInForce=GTX.',
      fixes: [
        {
          title: 'Map to the futures type',
          steps: [
            'STOP_LOSS_LIMIT → STOP; STOP_LOSS → STOP_MARKET; TAKE_PROFIT_LIMIT → TAKE_PROFIT; LIMIT_MAKER → LIMIT + timeInForce=GTX.',
            'Since 2025-12-09 the conditional types go to POST /fapi/v1/algoOrder.',
          ],
          snippets: snippetSet('errors/request/invalid-order-type/map-futures-type', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'futures-type-on-spot',
      title: 'A futures-only type sent to Spot',
      why: 'STOP, STOP_MARKET, TAKE_PROFIT_MARKET and TRAILING_STOP_MARKET are futures names. On Spot a stop is STOP_LOSS or STOP_LOSS_LIMIT (with stopPrice or trailingDelta).',
      fixes: [
        {
          title: 'Map to the Spot type',
          steps: [
            'STOP_MARKET → STOP_LOSS; STOP → STOP_LOSS_LIMIT; TAKE_PROFIT_MARKET → TAKE_PROFIT.',
            'Check the symbol’s orderTypes list in GET /api/v3/exchangeInfo.',
          ],
          snippets: snippetSet('errors/request/invalid-order-type/map-spot-type', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'case-or-typo',
      title: 'Lower case or a misspelt type',
      why: 'Binance enums are upper case with underscores: LIMIT, MARKET, STOP_MARKET. "limit", "Market" or "STOP-LOSS" are refused.',
      fixes: [
        {
          title: 'Send the exact upper-case enum',
          steps: [
            'Upper-case the type and use underscores.',
            'In ccxt pass "limit"/"market" to create_order — ccxt converts them; raw endpoints need the exchange spelling.',
          ],
          snippets: snippetSet('snippets/send-only-what-endpoint', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'library-serialises-enum-wrong',
      title: 'The library serialises the order type wrongly',
      why: 'You pass a type the product knows, spelled right, but a library release sends something else — Binance.Net 8.0.0-beta2 wrote its new futures order-type enum wrongly, so even MARKET orders were refused until beta3. Typical after a library upgrade, or when a wrapper maps its own type names to Binance’s.',
      fixes: [
        {
          title: 'Check the type that went out, then pin or upgrade the library',
          steps: [
            'Log the request and read type=…: it must be exactly one of the product’s types (MARKET, LIMIT, …).',
            'If it differs from what you passed, go back to the last library version that worked, or upgrade to one whose changelog fixes it.',
            'Report it to the library with the logged request.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'product',
    questions: [
      {
        id: 'product',
        text: 'Was the order sent to Spot or to futures?',
        options: [
          { value: 'futures', label: 'Futures (USD-M, COIN-M or Portfolio Margin)', next: 'type-futures' },
          { value: 'spot', label: 'Spot (api.binance.com)', next: 'type-spot' },
        ],
        auto: spotOrFutures,
      },
      {
        id: 'type-futures',
        text: 'Which type did you send?',
        options: [
          { value: 'spot-style', label: 'STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT_LIMIT or LIMIT_MAKER', ranks: ['spot-type-on-futures'] },
          { value: 'case', label: 'Lower case or with dashes/spaces', ranks: ['case-or-typo'] },
          { value: 'valid', label: 'MARKET, LIMIT or another type futures list, spelled exactly', ranks: ['library-serialises-enum-wrong', 'case-or-typo'] },
          { value: 'other', label: 'Something else', ranks: ['case-or-typo', 'spot-type-on-futures', 'library-serialises-enum-wrong'] },
        ],
        auto: futuresTypeValid,
      },
      {
        id: 'type-spot',
        text: 'Which type did you send?',
        options: [
          {
            value: 'futures-style',
            label: 'STOP, STOP_MARKET, TAKE_PROFIT_MARKET or TRAILING_STOP_MARKET',
            ranks: ['futures-type-on-spot'],
          },
          { value: 'case', label: 'Lower case or with dashes/spaces', ranks: ['case-or-typo'] },
          { value: 'valid', label: 'MARKET, LIMIT or another type Spot lists, spelled exactly', ranks: ['library-serialises-enum-wrong', 'case-or-typo'] },
          { value: 'other', label: 'Something else', ranks: ['case-or-typo', 'futures-type-on-spot', 'library-serialises-enum-wrong'] },
        ],
        auto: spotTypeValid,
      },
    ],
  },
};

export default knowledge;
