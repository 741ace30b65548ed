/** Knowledge of spot:-1176 ALREADY_LOGGED_IN. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1176'],
  meaning: 'Logon was sent again on a FIX session that is already logged on. The session itself is fine.',
  retry: { verdict: 'nothing-to-do', outcome: 'no-change', advice: 'You are already logged on: do not send Logon again on this session.' },
  causes: [
    {
      id: 'double-logon',
      title: 'A second Logon on the same session',
      why: 'Reconnect logic sent Logon without checking the session state.',
      fixes: [{ title: 'Send Logon once per session', steps: ['Track the session state and only send Logon after opening a new connection.'] }],
    },
  ],
};

export default knowledge;
