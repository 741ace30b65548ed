/** Knowledge of -1125 INVALID_LISTEN_KEY. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1125'],
  meaning: 'The listenKey your user-data stream uses is no longer valid: it expired or was replaced. Until you get a new one your bot receives no order or balance updates.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was changed. Create a new listenKey (POST /fapi/v1/listenKey; /dapi/v1/ for COIN-M, /papi/v1/ for Portfolio Margin), reconnect the socket with it, and keep it alive every 30 minutes. Meanwhile re-read open orders and positions over REST: you may have missed updates.',
  },
  causes: [
    {
      id: 'keepalive-missed',
      title: 'No keep-alive within 60 minutes',
      why: 'A futures listenKey lives 60 minutes from its last keep-alive (PUT). A sleeping laptop, a blocked event loop, a crashed timer or a network outage longer than that lets it lapse.',
      fixes: [
        {
          title: 'Keep it alive every 30 minutes and recreate on -1125',
          steps: [
            'Send PUT /fapi/v1/listenKey every 30 minutes (well inside 60).',
            'When a keep-alive or the stream reports -1125 or a listenKeyExpired event, POST for a new key and reconnect.',
            'After reconnecting, re-read open orders and positions: updates during the gap are lost.',
          ],
          snippets: snippetSet('errors/request/invalid-listen-key/keep-alive-every-30'),
        },
      ],
    },
    {
      id: 'kept-old-key',
      title: 'The bot keeps using a key that was already replaced',
      why: 'Once a key lapsed, POST returns a different key. Code that keeps renewing or subscribing with the old string fails forever, even though keep-alives now run on time.',
      fixes: [
        {
          title: 'Always use the key from the latest POST',
          steps: ['Store the key where both the keep-alive loop and the socket read it.', 'After any -1125 replace it and reconnect the socket.'],
          snippets: snippetSet('errors/request/invalid-listen-key/keep-alive-every-30'),
        },
      ],
    },
    {
      id: '24h-cut',
      title: 'The connection hit the 24-hour limit',
      why: 'Binance closes every user-data connection after 24 hours. Reconnecting with a key that lapsed in the meantime, or never reconnecting, ends in -1125 or silence.',
      fixes: [
        {
          title: 'Reconnect deliberately before 24 hours',
          steps: ['Schedule a reconnect before the 24-hour mark and POST for the key again at every reconnect.'],
          snippets: snippetSet('errors/request/invalid-listen-key/reconnect-deliberately-24-hours'),
        },
      ],
    },
    {
      id: 'wrong-product-key',
      title: 'A key from another product or environment',
      why: 'Spot, USD-M, COIN-M and Portfolio Margin each issue their own keys, and testnet keys differ from mainnet ones. A key from /api/v3/userDataStream renewed on /fapi/v1/listenKey (or the reverse) is unknown there.',
      fixes: [
        {
          title: 'Create and renew the key on the same product and host',
          steps: [
            'USD-M: /fapi/v1/listenKey; COIN-M: /dapi/v1/listenKey; Portfolio Margin: /papi/v1/listenKey; all on the same host (mainnet or testnet) as the socket.',
            'Spot has moved away from listenKeys: subscribe to user data over the WebSocket API (userDataStream.subscribe) instead.',
          ],
          snippets: snippetSet('errors/request/invalid-listen-key/keep-alive-every-30'),
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
          {
            value: 'after-idle',
            label: 'After the bot ran for a while, slept, or lost the network',
            ranks: ['keepalive-missed', 'kept-old-key'],
          },
          { value: 'keeps-failing', label: 'On every keep-alive since a first failure', ranks: ['kept-old-key', 'keepalive-missed'] },
          { value: 'daily', label: 'Around 24 hours after connecting', ranks: ['24h-cut', 'kept-old-key'] },
          { value: 'start', label: 'Right from the start', next: 'product' },
        ],
      },
      {
        id: 'product',
        text: 'Was the key created on the same product and host you use it on?',
        options: [
          {
            value: 'different',
            label: 'No, or not sure (e.g. Spot key on futures, testnet key on mainnet)',
            ranks: ['wrong-product-key', 'kept-old-key'],
          },
          { value: 'same', label: 'Yes', ranks: ['kept-old-key', 'keepalive-missed'] },
        ],
      },
    ],
  },
};

export default knowledge;
