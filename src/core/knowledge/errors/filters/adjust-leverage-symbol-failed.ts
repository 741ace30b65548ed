/** Knowledge of -4209 ADJUST_LEVERAGE_SYMBOL_FAILED. */
import { clampLeverageBotFix } from '../../fixes/clamp-leverage-bot';
import { neverRetryDoRetrySame } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4209'],
  meaning: 'This symbol’s maximum leverage is lower than what you asked (the message gives the cap, e.g. 20x).',
  retry: neverRetryDoRetrySame,
  causes: [
    {
      id: 'account-leverage-cap',
      title: 'Symbol-level leverage cap',
      why: 'Some symbols are capped below the usual maximum, and the cap can change.',
      fixes: [
        {
          title: 'Stay under the cap, or lift it on the account',
          steps: ['Use the maximum in the message or lower.', 'Read GET /fapi/v1/leverageBracket for the current limits.'],
        },
        clampLeverageBotFix,
      ],
    },
  ],
};

export default knowledge;
