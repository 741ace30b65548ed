/** Knowledge of spot:-1185 DROP_COPY_SESSION_REQUIRED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1185'],
  meaning: 'This FIX server only accepts Drop Copy sessions. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Reconnect to the order-entry server, or log on with DropCopyFlag (9406).',
  },
  causes: [
    {
      id: 'fix-needs-dropcopy',
      title: 'Order entry on the Drop Copy server',
      why: 'The server only serves Drop Copy.',
      fixes: [
        {
          title: 'Pick the right server or flag',
          steps: ['Use the order-entry host for trading, or send DropCopyFlag=Y for a Drop Copy session.'],
        },
      ],
    },
  ],
};

export default knowledge;
