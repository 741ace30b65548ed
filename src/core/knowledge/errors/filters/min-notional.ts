/** Knowledge of -4164 MIN_NOTIONAL, coinm:-4178 MIN_NOTIONAL. */
import { snippetSet } from '../../snippet-set';
import { closingFlag } from '../../rules/closing-flag';
import { notionalBelowMinimum } from '../../rules/notional-below-minimum';
import { reduceOnlyFlag } from '../../rules/reduce-only-flag';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4164', 'coinm:-4178'],
  meaning: 'The order is too small: its value (price × quantity) is under the symbol’s minimum notional — the number in the message (often 5, 20 or 100 USDT on USD-M). Reduce-only orders are exempt. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Make the order at least the minimum value (or mark a closing order reduce-only) and send it again; the same size fails the same way.',
  },
  causes: [
    {
      id: 'order-too-small',
      title: 'The order’s value is under this symbol’s floor',
      why: 'Every symbol has a MIN_NOTIONAL filter (field notional). Small test orders, or sizing from a small balance, fall under it.',
      fixes: [
        {
          title: 'Size from the symbol’s MIN_NOTIONAL',
          steps: [
            'Read MIN_NOTIONAL.notional of this symbol from GET /fapi/v1/exchangeInfo (ccxt: market["limits"]["cost"]["min"]).',
            'quantity ≥ notional ÷ price, rounded UP to stepSize, with a little headroom for price moves.',
            'If the balance cannot cover that at your leverage, skip the trade.',
            'Use your own symbol, side and sizes; the examples use USD-M (fapi). On COIN-M use /dapi/ (python-binance futures_coin_*, ccxt binancecoinm), on Portfolio Margin /papi/.',
          ],
          snippets: snippetSet('snippets/size-minimums-just-budget', { symbol: 'ETHUSDT', ccxtSymbol: 'ETH/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'rounded-below-floor',
      title: 'Rounding the quantity down pushed the value under the floor',
      why: 'A quantity just above the minimum, truncated to the step, can land just below it — 0.0019 BTC truncated to 0.001 halves the notional.',
      fixes: [
        {
          title: 'Round up after checking the floor',
          steps: ['Compute the minimum quantity first and round it UP to the step.', 'Only round down when the result still clears the minimum.'],
          snippets: snippetSet('snippets/size-minimums-just-budget', { symbol: 'ETHUSDT', ccxtSymbol: 'ETH/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'closing-without-reduce-only',
      title: 'A small leftover was closed without reduceOnly',
      why: 'Closing orders are exempt from the minimum only when they are marked reduce-only. A plain MARKET order for a tiny leftover position counts as a new order and is refused.',
      fixes: [
        {
          title: 'Close leftovers with reduceOnly=true',
          steps: [
            'One-way Mode: send the closing order with reduceOnly=true and the exact position size.',
            'Hedge Mode: reduceOnly cannot be sent; close with the matching positionSide (SELL+LONG / BUY+SHORT) for the exact size, or with a closePosition=true conditional order. If Binance still refuses, close the dust from the app.',
          ],
          snippets: snippetSet('snippets/use-absolute-size-pick', { symbol: 'ETHUSDT', ccxtSymbol: 'ETH/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'per-symbol-floor',
      title: 'A hard-coded minimum (e.g. 5) that is wrong for this symbol',
      why: 'Floors differ per symbol — 5, 20 or 100 USDT are all seen — and can change. A constant that works for one symbol fails on another.',
      fixes: [
        {
          title: 'Read the floor per symbol',
          steps: ['Replace the constant with the symbol’s MIN_NOTIONAL.notional from exchangeInfo.', 'Refresh it with the other filters.'],
          snippets: snippetSet('snippets/size-minimums-just-budget', { symbol: 'ETHUSDT', ccxtSymbol: 'ETH/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'notional-by-other-price',
      title: 'Binance valued the order at a different price than you did',
      why: 'For MARKET and triggered orders Binance values the order at the current market (last or mark) price, not at the price you computed earlier. A small drop makes a borderline order too small.',
      fixes: [
        {
          title: 'Keep headroom',
          steps: ['Size with 2–5 % above the floor.', 'Use the current mark price (GET /fapi/v1/premiumIndex) for sizing MARKET orders.'],
          snippets: snippetSet('snippets/size-minimums-just-budget', { symbol: 'ETHUSDT', ccxtSymbol: 'ETH/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'notional',
    questions: [
      {
        id: 'purpose',
        text: 'Was the order meant to close or reduce a position?',
        options: [
          { value: 'closing', label: 'Yes, closing / reducing', next: 'reduce-flag' },
          { value: 'opening', label: 'No, opening or adding', next: 'rounding' },
        ],
        auto: closingFlag,
      },
      {
        id: 'reduce-flag',
        text: 'Did the order carry reduceOnly=true (One-way Mode) or closePosition=true?',
        options: [
          { value: 'no', label: 'No', ranks: ['closing-without-reduce-only', 'order-too-small'] },
          { value: 'yes', label: 'Yes', ranks: ['order-too-small', 'per-symbol-floor'] },
        ],
        auto: reduceOnlyFlag,
      },
      {
        id: 'notional',
        text: 'Is price × quantity below the minimum in the message?',
        options: [
          { value: 'below', label: 'Yes, below', next: 'purpose' },
          {
            value: 'not-below',
            label: 'No, it looks big enough (or it was a MARKET order without a price)',
            ranks: ['notional-by-other-price', 'rounded-below-floor', 'per-symbol-floor'],
          },
        ],
        auto: notionalBelowMinimum,
      },
      {
        id: 'rounding',
        text: 'Before your code rounded the quantity to the step size, was the order above the minimum?',
        options: [
          { value: 'yes', label: 'Yes, rounding pushed it under', ranks: ['rounded-below-floor', 'order-too-small'] },
          { value: 'no', label: 'No / I don’t know', ranks: ['order-too-small', 'per-symbol-floor', 'rounded-below-floor'] },
        ],
      },
    ],
  },
};

export default knowledge;
