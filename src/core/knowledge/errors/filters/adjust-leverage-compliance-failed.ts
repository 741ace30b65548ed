/** Knowledge of -4403 ADJUST_LEVERAGE_COMPLIANCE_FAILED. */
import { clampLeverageBotFix } from '../../fixes/clamp-leverage-bot';
import { neverRetryDoRetrySame } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4403'],
  meaning: 'Under local rules your region has a leverage cap (10x, or the number in the message).',
  retry: neverRetryDoRetrySame,
  causes: [
    {
      id: 'account-leverage-cap',
      title: 'Regional leverage cap',
      why: 'Compliance rules in your region limit leverage below the symbol’s normal maximum.',
      fixes: [
        { title: 'Stay under the cap, or lift it on the account', steps: ['Set leverage at or below the cap in the message.'] },
        clampLeverageBotFix,
      ],
    },
  ],
};

export default knowledge;
