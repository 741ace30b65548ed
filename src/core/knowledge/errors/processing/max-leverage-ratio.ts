/** Knowledge of -2027 MAX_LEVERAGE_RATIO. */
import { snippetSet } from '../../snippet-set';
import { highLeverage } from '../../rules/high-leverage';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2027'],
  meaning: 'The position would become larger than the current leverage allows. Each leverage level has a maximum position size (notional bracket); higher leverage means a smaller cap. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Lower the leverage or the order size so the position stays under the bracket’s notionalCap, then send again.',
  },
  causes: [
    {
      id: 'above-bracket',
      title: 'Position plus order exceeds the cap for this leverage',
      why: 'GET /fapi/v1/leverageBracket lists, per symbol, the notionalCap for each leverage tier. At high leverage the cap can be small, so a modest order already breaks it.',
      fixes: [
        {
          title: 'Lower leverage or size down',
          steps: [
            'Find your tier in GET /fapi/v1/leverageBracket (COIN-M /dapi/v2/leverageBracket; Portfolio Margin /papi/v1/um/leverageBracket).',
            'Lower leverage with POST /fapi/v1/leverage to reach a tier with a higher cap, or reduce the order.',
          ],
          snippets: snippetSet('errors/processing/max-leverage-ratio/lower-leverage-size-down', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'open-orders-count',
      title: 'Open orders count towards the cap',
      why: 'Open orders on the same side add to the potential position. A stack of resting orders can hit the cap even when the filled position is small.',
      fixes: [
        {
          title: 'Cancel resting orders you do not need',
          steps: ['List open orders on the symbol and cancel stale ones.', 'Then resend.'],
          snippets: snippetSet('snippets/cancel-shrink-competing-orders', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'several-bots',
      title: 'Other bots or manual trades add to the same position',
      why: 'All strategies on one account and symbol share a single position (per side in hedge mode). Their sizes add up against the same cap.',
      fixes: [
        {
          title: 'Size against the whole account position',
          steps: ['Read the current position (GET /fapi/v3/positionRisk) before adding.', 'Coordinate bots, or give each its own sub-account.'],
          snippets: snippetSet('errors/processing/max-leverage-ratio/lower-leverage-size-down', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'leverage',
    questions: [
      {
        id: 'leverage',
        text: 'Is the leverage on this symbol high (above about 20x)?',
        options: [{ value: 'high', label: 'Yes', ranks: ['above-bracket', 'open-orders-count'] }, { value: 'moderate', label: 'No', next: 'others' }],
        auto: highLeverage,
      },
      {
        id: 'others',
        text: 'Are there other open orders, or other bots trading this symbol on the account?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['open-orders-count', 'several-bots', 'above-bracket'] },
          { value: 'no', label: 'No', ranks: ['above-bracket'] },
        ],
      },
    ],
  },
};

export default knowledge;
