/** Knowledge of -2022 REDUCE_ONLY_REJECT. */
import { snippetSet } from '../../snippet-set';
import { modeFromPositionSide } from '../../rules/mode-from-position-side';
import { reduceOnlyConflict } from '../../rules/reduce-only-conflict';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2022'],
  meaning: 'Your reduce-only order was refused because it would not reduce anything: there is no position on that side, it points the wrong way, or other closing orders already cover the position. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Check the current position and open orders first; if the position is already closed there is nothing to do.',
  },
  causes: [
    {
      id: 'no-position',
      title: 'There is no position to reduce',
      why: 'The position was already closed — by a fill, another order, a stop or liquidation — so a reduce-only order has nothing to act on.',
      fixes: [
        {
          title: 'Read the position before closing',
          steps: [
            'GET /fapi/v3/positionRisk (COIN-M /dapi/v1/positionRisk): positionAmt 0 means flat.',
            'Skip the close when flat, and cancel leftover stops and take-profits.',
          ],
          snippets: snippetSet('snippets/read-position-closing', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'wrong-direction',
      title: 'The order would increase the position',
      why: 'A reduce-only BUY on a long (or SELL on a short) adds rather than reduces.',
      fixes: [
        {
          title: 'Send the opposite side of the position',
          steps: ['Long (positionAmt > 0): close with SELL. Short: close with BUY.'],
          snippets: snippetSet('snippets/read-position-closing', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'orders-cover-position',
      title: 'Other open orders already cover the position',
      why: 'Binance counts your open reduce-only and closing orders. If a take-profit and a stop of full size already exist, a further reduce-only order exceeds the position (the longer message says the new order conflicts with existing open orders).',
      fixes: [
        {
          title: 'Cancel or shrink the competing orders',
          steps: [
            'List open and conditional orders on the symbol.',
            'Cancel the ones you no longer want, or use one closePosition=true stop instead of several sized ones.',
          ],
          snippets: snippetSet('snippets/cancel-shrink-competing-orders', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'hedge-position-side',
      title: 'Hedge mode: the order targets the wrong side',
      why: 'In hedge mode closing is side + positionSide: SELL with LONG closes a long, BUY with SHORT closes a short. The wrong positionSide points at a side with no position.',
      fixes: [
        {
          title: 'Close with the matching positionSide',
          steps: [
            'Read both LONG and SHORT rows in positionRisk.',
            'Close a long with side=SELL positionSide=LONG, a short with side=BUY positionSide=SHORT; do not send reduceOnly in hedge mode.',
          ],
          snippets: snippetSet('snippets/read-position-closing', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'msg',
    questions: [
      {
        id: 'msg',
        text: 'Does the message say the order conflicts with existing open orders?',
        options: [
          { value: 'conflict', label: 'Yes', ranks: ['orders-cover-position', 'no-position'] },
          { value: 'plain', label: 'No, just "ReduceOnly Order is rejected."', next: 'mode' },
        ],
        auto: reduceOnlyConflict,
      },
      {
        id: 'mode',
        text: 'Is your account in hedge mode (dualSidePosition=true)?',
        options: [
          { value: 'hedge', label: 'Yes, hedge mode', ranks: ['hedge-position-side', 'no-position'] },
          { value: 'oneway', label: 'No, one-way mode', next: 'position' },
        ],
        auto: modeFromPositionSide,
      },
      {
        id: 'position',
        text: 'What does the position look like right now (GET /fapi/v3/positionRisk)?',
        options: [
          { value: 'flat', label: 'No position (positionAmt 0)', ranks: ['no-position'] },
          { value: 'same', label: 'Same direction as the order (long and the order is a BUY)', ranks: ['wrong-direction'] },
          { value: 'opposite', label: 'Opposite direction (the order would reduce it)', ranks: ['orders-cover-position', 'no-position'] },
        ],
      },
    ],
  },
};

export default knowledge;
