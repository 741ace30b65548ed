/** Knowledge of spot:-1125 INVALID_LISTEN_KEY. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1125'],
  meaning: 'The Spot listenKey you used does not exist (any more): it expired, was closed, or belongs to the retired listenKey mechanism. Your bot is not receiving account updates through it.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Move the user-data stream to a WebSocket API subscription (userDataStream.subscribe); until then, re-read open orders and balances over REST.',
  },
  causes: [
    {
      id: 'spot-listenkey-retired',
      title: 'Spot listenKeys are being retired',
      why: 'Binance has moved Spot user data to the WebSocket API, where you subscribe on your logged-on connection instead of creating a listenKey over REST. The listenKey endpoints were announced for discontinuation (effective 2026-02-20).',
      fixes: [
        {
          title: 'Subscribe over the WebSocket API',
          steps: [
            'Connect to the Spot WebSocket API, log on (session.logon) or sign the request, and send userDataStream.subscribe.',
            'Update your library to a version that supports this; older versions only know the listenKey flow.',
          ],
        },
      ],
    },
    {
      id: 'spot-key-expired',
      title: 'The listenKey lapsed without a keep-alive',
      why: 'Where listenKeys still work, a key lives 60 minutes after its last keep-alive (PUT /api/v3/userDataStream).',
      fixes: [
        {
          title: 'Keep alive or recreate',
          steps: [
            'Send the keep-alive every 30 minutes; on -1125 create a new key and reconnect.',
            'Re-read open orders and balances after any gap.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
