/** Knowledge of -1106 PARAM_NOT_REQUIRED. */
import { snippetSet } from '../../snippet-set';
import { closePositionSent } from '../../rules/close-position-sent';
import { marketOrCloseAllOrder } from '../../rules/market-or-close-all-order';
import { notRequiredStopPrice } from '../../rules/not-required-stop-price';
import { stopPriceOnPlainLimitCause } from '../../causes/stopprice-on-plain-limit';
import { reduceOnlyClashMode } from '../../rules/reduce-only-clash-mode';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1106'],
  meaning: 'You sent a parameter that must not be sent in this situation — for example reduceOnly in hedge mode, or a price on a MARKET order. The message names it. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Leave the named parameter out entirely (not even as false) and send again.',
  },
  causes: [
    {
      id: 'reduceonly-hedge-mode',
      title: 'reduceOnly sent while the account is in hedge mode',
      why: 'In hedge mode the side plus positionSide already says whether an order closes (SELL on LONG closes a long). Binance refuses reduceOnly there — even reduceOnly=false.',
      fixes: [
        {
          title: 'In hedge mode close with positionSide, not reduceOnly',
          steps: [
            'Read the mode at start-up: GET /fapi/v1/positionSide/dual (COIN-M /dapi/v1/positionSide/dual, Portfolio Margin GET /papi/v1/um/positionSide/dual).',
            'Hedge mode: drop reduceOnly; close a long with side=SELL positionSide=LONG, a short with side=BUY positionSide=SHORT.',
            'Or switch to one-way mode (POST /fapi/v1/positionSide/dual dualSidePosition=false) when you have no open orders or positions.',
          ],
          snippets: snippetSet('snippets/hedge-mode-close-positionside', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'reduceonly-with-closeposition',
      title: 'reduceOnly sent together with closePosition=true',
      why: 'closePosition=true already closes everything, so Binance rejects an added reduceOnly.',
      fixes: [
        {
          title: 'Send closePosition alone',
          steps: [
            'Keep closePosition=true, remove reduceOnly and quantity.',
            'Since 2025-12-09 such stop/take-profit orders go to POST /fapi/v1/algoOrder.',
          ],
          snippets: snippetSet('errors/request/param-not-required/send-closeposition-alone', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'closeposition-with-quantity',
      title: 'quantity sent with closePosition=true',
      why: 'A close-all stop or take-profit takes its size from the position when it triggers; a quantity alongside it is refused.',
      fixes: [
        {
          title: 'Choose one: close-all or a sized order',
          steps: [
            'For a close-all stop send closePosition=true without quantity.',
            'For a partial close send quantity with reduceOnly=true (one-way) or the right positionSide (hedge), without closePosition.',
          ],
          snippets: snippetSet('errors/request/param-not-required/send-closeposition-alone', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'tif-or-price-on-market',
      title: 'timeInForce or price on a MARKET / STOP_MARKET order',
      why: 'Market-type orders fill at the market, so a price or a time-in-force has no meaning and is refused. Wrappers that always add timeInForce=GTC cause this.',
      fixes: [
        {
          title: 'Send market-type orders bare',
          steps: [
            'MARKET: quantity only. STOP_MARKET / TAKE_PROFIT_MARKET: the trigger price plus quantity or closePosition.',
            'Only LIMIT-type orders get price and timeInForce.',
          ],
          snippets: snippetSet('snippets/send-only-what-endpoint', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
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
        text: 'Which parameter does the message name?',
        options: [
          { value: 'reduceOnly', label: 'reduceOnly', next: 'close-all' },
          { value: 'quantity', label: 'quantity', ranks: ['closeposition-with-quantity'] },
          { value: 'timeInForce', label: 'timeInForce or price', ranks: ['tif-or-price-on-market'] },
          { value: 'stopPrice', label: 'stopPrice or triggerPrice', ranks: ['stopprice-on-plain-limit'] },
          { value: 'other', label: 'Another one, or none named', next: 'type' },
        ],
        auto: notRequiredStopPrice,
      },
      {
        id: 'close-all',
        text: 'Did the order also carry closePosition=true (a close-all stop or take-profit)?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['reduceonly-with-closeposition', 'reduceonly-hedge-mode'] },
          { value: 'no', label: 'No', next: 'mode' },
        ],
        auto: closePositionSent,
      },
      {
        id: 'mode',
        text: 'Is your futures account in hedge mode (dualSidePosition=true)?',
        help: 'GET /fapi/v1/positionSide/dual answers it. An order with positionSide LONG or SHORT only works in hedge mode.',
        options: [
          { value: 'hedge', label: 'Yes, hedge mode', ranks: ['reduceonly-hedge-mode'] },
          { value: 'oneway', label: 'No, one-way mode', ranks: ['reduceonly-with-closeposition', 'reduceonly-hedge-mode'] },
        ],
        auto: reduceOnlyClashMode,
      },
      {
        id: 'type',
        text: 'What type of order was it?',
        options: [
          {
            value: 'market',
            label: 'MARKET, STOP_MARKET or TAKE_PROFIT_MARKET',
            ranks: ['tif-or-price-on-market', 'closeposition-with-quantity'],
          },
          {
            value: 'close',
            label: 'A close-all stop (closePosition=true)',
            ranks: ['closeposition-with-quantity', 'reduceonly-with-closeposition'],
          },
          { value: 'other', label: 'LIMIT or something else', ranks: ['stopprice-on-plain-limit', 'reduceonly-hedge-mode', 'tif-or-price-on-market'] },
        ],
        auto: marketOrCloseAllOrder,
      },
    ],
  },
};

export default knowledge;
