/** Knowledge of spot:-1106 PARAM_NOT_REQUIRED (Spot, and the Spot-like APIs that borrow it). */
import { stopPriceOnPlainLimitCause } from '../../causes/stopprice-on-plain-limit';
import { spotMarketType } from '../../rules/spot-market-type';
import { spotNotRequiredParam } from '../../rules/spot-not-required-param';
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1106'],
  meaning: 'You sent a parameter this Spot order type does not take — for example a price or timeInForce on a MARKET or STOP_LOSS order, or a stopPrice on a plain LIMIT. The message names it. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Leave the named parameter out entirely (not even empty) and send again.',
  },
  causes: [
    {
      id: 'tif-or-price-on-market',
      title: 'price or timeInForce on an order type that takes none',
      why: 'On Spot, MARKET, STOP_LOSS and TAKE_PROFIT orders execute at the market when they trigger, so they take no price and no timeInForce; LIMIT_MAKER takes a price but no timeInForce. Wrappers that always add timeInForce=GTC, or code that reuses a LIMIT order’s fields, cause this.',
      fixes: [
        {
          title: 'Send each type only its own fields',
          steps: [
            'MARKET: quantity (or quoteOrderQty). STOP_LOSS / TAKE_PROFIT: quantity and stopPrice (or trailingDelta).',
            'LIMIT, STOP_LOSS_LIMIT, TAKE_PROFIT_LIMIT: price and timeInForce as well. LIMIT_MAKER: price, no timeInForce.',
            'If you wanted a limit price on a stop, use STOP_LOSS_LIMIT or TAKE_PROFIT_LIMIT instead.',
          ],
          snippets: snippetSet('snippets/send-only-what-endpoint', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    stopPriceOnPlainLimitCause,
  ],
  tree: {
    start: 'param',
    questions: [
      {
        id: 'param',
        text: 'Which parameter does the message say was sent when not required?',
        options: [
          { value: 'timeInForce', label: 'price or timeInForce', ranks: ['tif-or-price-on-market'] },
          { value: 'stopPrice', label: 'stopPrice', ranks: ['stopprice-on-plain-limit'] },
          { value: 'other', label: 'Another parameter, or the message names none', next: 'type' },
        ],
        auto: spotNotRequiredParam,
      },
      {
        id: 'type',
        text: 'Which Spot order type did the request carry?',
        options: [
          { value: 'market', label: 'MARKET, STOP_LOSS or TAKE_PROFIT', ranks: ['tif-or-price-on-market', 'stopprice-on-plain-limit'] },
          { value: 'other', label: 'LIMIT, LIMIT_MAKER or another type', ranks: ['stopprice-on-plain-limit', 'tif-or-price-on-market'] },
        ],
        auto: spotMarketType,
      },
    ],
  },
};

export default knowledge;
