/** Knowledge of spot:-1033 COMP_ID_IN_USE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1033'],
  meaning: 'Another FIX session of your account is already logged in with the same SenderCompID, and two sessions may not share one. The new logon was refused.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Use a different SenderCompID for each concurrent session, or log the old session out first, then log on again.',
  },
  causes: [
    {
      id: 'duplicate-sendercompid',
      title: 'Two sessions use the same SenderCompID',
      why: 'A second instance of the bot, or a reconnect while the old session is still alive, reuses the same SenderCompID(49).',
      fixes: [
        {
          title: 'Give each session its own SenderCompID',
          steps: [
            'Generate a unique SenderCompID per running session (a UUID works).',
            'On reconnect, close the old session with Logout<5> and wait for it to end before logging on again.',
            'Make sure only one copy of the bot runs.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
