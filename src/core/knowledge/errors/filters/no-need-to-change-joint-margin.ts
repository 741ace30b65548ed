/** Knowledge of -4171 NO_NEED_TO_CHANGE_JOINT_MARGIN. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4171'],
  meaning: 'The asset mode (single-asset or Multi-Assets) is already what you asked for. Nothing needed to change.',
  retry: {
    verdict: 'nothing-to-do',
    outcome: 'no-change',
    advice: 'Nothing to do: the asset mode is already set. Stop treating this reply as an error.',
  },
  causes: [
    {
      id: 'already-set',
      title: 'Mode already in place',
      why: 'Setting the mode at every start returns this once it is set.',
      fixes: [
        {
          title: 'Read before setting, or ignore -4171',
          steps: ['Read GET /fapi/v1/multiAssetsMargin first and only change when different.'],
        },
      ],
    },
  ],
};

export default knowledge;
