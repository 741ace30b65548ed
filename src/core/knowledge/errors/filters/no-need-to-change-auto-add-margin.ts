/** Knowledge of -4052 NO_NEED_TO_CHANGE_AUTO_ADD_MARGIN. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4052'],
  meaning: 'Auto-add-margin is already set the way you asked. Nothing needed to change.',
  retry: {
    verdict: 'nothing-to-do',
    outcome: 'no-change',
    advice: 'Nothing to do: the setting is already in place. Stop treating this reply as an error.',
  },
  causes: [
    {
      id: 'already-set',
      title: 'The setting already had this value',
      why: 'Calling the setter on every start returns this once the value is in place.',
      fixes: [{ title: 'Treat as success', steps: ['Catch code -4052 and ignore it, or read the current setting before changing it.'] }],
    },
  ],
};

export default knowledge;
