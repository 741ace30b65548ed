/** Knowledge of -2021 ORDER_WOULD_IMMEDIATELY_TRIGGER. */
import { snippetSet } from '../../snippet-set';
import { triggerOrderType } from '../../rules/trigger-order-type';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2021'],
  meaning: 'Your stop or take-profit order would have triggered the moment it arrived, because the trigger price is already on the wrong side of the current price. Binance refused it; nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Move the trigger price to the correct side of the current price (or close at market if the level has already been passed), then send again.',
  },
  causes: [
    {
      id: 'wrong-side',
      title: 'Trigger on the wrong side for this side and type',
      why: 'A BUY STOP/STOP_MARKET must trigger above the current price and a SELL one below; TAKE_PROFIT types are the mirror image. Mixing them up (e.g. a SELL stop above the price for a long) is the usual cause.',
      fixes: [
        {
          title: 'Place triggers by position direction',
          steps: [
            'Long: SELL stop below the price, SELL take-profit above.',
            'Short: BUY stop above the price, BUY take-profit below.',
            'Since 2025-12-09 send them to POST /fapi/v1/algoOrder with triggerPrice.',
          ],
          snippets: snippetSet('errors/processing/order-would-immediately-trigger/place-triggers-position-direction', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'already-crossed',
      title: 'The market moved past the level before the order arrived',
      why: 'A stop computed close to the price (or from an entry that slipped) is already crossed by the time it is sent, especially in fast markets.',
      fixes: [
        {
          title: 'Check the level against the live price first',
          steps: [
            'Read the mark price (GET /fapi/v1/premiumIndex) or last price right before sending.',
            'If the level is already passed, close with a reduce-only MARKET order instead of placing a stop.',
          ],
          snippets: snippetSet('errors/processing/order-would-immediately-trigger/place-triggers-position-direction', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'working-type',
      title: 'Compared against a different price than you think',
      why: 'workingType decides which price the trigger watches: CONTRACT_PRICE (last price, the default) or MARK_PRICE. In fast moves the two differ, so a level valid for one is already crossed for the other.',
      fixes: [
        {
          title: 'Choose workingType and check against that price',
          steps: ['Send workingType=MARK_PRICE (or CONTRACT_PRICE) explicitly.', 'Validate the trigger against the same price.'],
          snippets: snippetSet('errors/processing/order-would-immediately-trigger/place-triggers-position-direction', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'trailing-activation',
      title: 'Trailing stop activation price on the wrong side',
      why: 'For TRAILING_STOP_MARKET a SELL needs an activationPrice above the current price and a BUY one below it.',
      fixes: [
        {
          title: 'Set activationPrice on the correct side, or leave it out',
          steps: ['Omit activationPrice to activate at the current price, or place it correctly for the side.'],
          snippets: snippetSet('errors/processing/order-would-immediately-trigger/place-triggers-position-direction', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'type',
    questions: [
      {
        id: 'type',
        text: 'What type of order was it?',
        options: [
          { value: 'trailing', label: 'TRAILING_STOP_MARKET', ranks: ['trailing-activation', 'already-crossed'] },
          { value: 'stop-tp', label: 'STOP / STOP_MARKET / TAKE_PROFIT / TAKE_PROFIT_MARKET', next: 'side' },
        ],
        auto: triggerOrderType,
      },
      {
        id: 'side',
        text: 'Compared with the current price, where was the trigger?',
        help: 'BUY stop: above the price. SELL stop: below. BUY take-profit: below. SELL take-profit: above.',
        options: [
          { value: 'wrong', label: 'On the opposite side from that rule', ranks: ['wrong-side'] },
          { value: 'close', label: 'On the right side but very close', ranks: ['already-crossed', 'working-type'] },
          { value: 'right', label: 'On the right side, not close', ranks: ['working-type', 'wrong-side'] },
        ],
      },
    ],
  },
};

export default knowledge;
