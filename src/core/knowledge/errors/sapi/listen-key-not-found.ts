/** Knowledge of sapi:-3038 LISTEN_KEY_NOT_FOUND and sapi:-1125 INVALID_LISTEN_KEY (the margin user-data stream's listenKey). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3038', 'sapi:-1125'],
  meaning:
    'The listenKey of your margin user-data stream (cross: /sapi/v1/userDataStream; isolated: /sapi/v1/userDataStream/isolated) is not known to Binance: it expired, was closed, or belongs to another account or stream type. Nothing changed on the account, but the socket using that key receives no more order and balance updates.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice:
      'Nothing changed on the account. Create a new key (POST /sapi/v1/userDataStream, or POST /sapi/v1/userDataStream/isolated with the symbol), reconnect the socket with it and keep it alive every 30 minutes. Then re-read open orders and balances: updates during the gap were missed.',
  },
  causes: [
    {
      id: 'margin-key-expired',
      title: 'No keep-alive within 60 minutes',
      why: 'A margin listenKey lives 60 minutes after its creation or last keep-alive. A stalled timer, a sleeping machine or a network outage longer than that lets it lapse, and the next keep-alive answers -3038.',
      fixes: [
        {
          title: 'Keep alive every 30 minutes and recreate on -3038',
          steps: [
            'Send PUT /sapi/v1/userDataStream with listenKey every 30 minutes (isolated: PUT /sapi/v1/userDataStream/isolated with symbol and listenKey).',
            'On -3038, POST for a new key, reconnect the socket with it, and re-read open orders (GET /sapi/v1/margin/openOrders) and balances (GET /sapi/v1/margin/account).',
          ],
        },
      ],
    },
    {
      id: 'margin-key-closed-or-replaced',
      title: 'The key was closed, or the bot still uses an old one',
      why: 'DELETE ends a key at once, and after a lapse POST hands out a different key. A second process, a restart or a keep-alive loop holding the old string keeps sending a key that no longer exists.',
      fixes: [
        {
          title: 'Use one key per account, from the latest POST',
          steps: [
            'Keep the current key where both the socket and the keep-alive loop read it; replace it after every POST.',
            'Do not call DELETE /sapi/v1/userDataStream from one process while another still streams with that key.',
          ],
        },
      ],
    },
    {
      id: 'margin-key-wrong-type',
      title: 'The key belongs to another stream type or account',
      why: 'Spot (/api/v3/userDataStream), cross margin, each isolated pair and the margin risk stream (/sapi/v1/margin/listen-key) hand out separate keys. Renewing a cross key on the isolated endpoint, an isolated key without its symbol, or a key created with another account’s API key is “not found”.',
      fixes: [
        {
          title: 'Create and renew on the same endpoint, account and symbol',
          steps: [
            'Renew a key with the same endpoint (and symbol, for isolated) and the same API key that created it.',
            'Stream isolated pairs with one key per pair from POST /sapi/v1/userDataStream/isolated.',
          ],
        },
      ],
    },
    {
      id: 'margin-listenkey-retired',
      title: 'The margin listenKey endpoints are being retired',
      why: 'Binance marks the margin listenKey endpoints deprecated and offers a listenToken instead (POST /sapi/v1/userListenToken, valid up to 24 hours), used to subscribe over the WebSocket API. Libraries still on the old flow may meet more of these errors as it winds down.',
      fixes: [
        {
          title: 'Move to the listenToken subscription',
          steps: [
            'Create a token with POST /sapi/v1/userListenToken (isIsolated and symbol for an isolated pair) and subscribe to the user data stream with it over the WebSocket API.',
            'Renew the token before its expirationTime; update your library to a version that supports it.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'when',
    questions: [
      {
        id: 'when',
        text: 'When does the error appear?',
        options: [
          { value: 'after-running', label: 'After the stream ran for a while, or after a sleep or network outage', ranks: ['margin-key-expired', 'margin-key-closed-or-replaced'] },
          { value: 'after-restart', label: 'After a restart, a reconnect, or with several processes', ranks: ['margin-key-closed-or-replaced', 'margin-key-expired'] },
          { value: 'start', label: 'Right from the first keep-alive', ranks: ['margin-key-wrong-type', 'margin-listenkey-retired'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['margin-key-expired', 'margin-key-closed-or-replaced', 'margin-key-wrong-type', 'margin-listenkey-retired'] },
        ],
      },
    ],
  },
};

export default knowledge;
