/** Knowledge of -1131 BAD_RECV_WINDOW. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1131'],
  meaning: 'The recvWindow your signed request carried is larger than Binance accepts (it must be less than 60000 ms). Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Send a recvWindow of at most 60000 ms (5000–10000 is usual) — or none, to get the default — then send the request again.',
  },
  causes: [
    {
      id: 'library-default-recvwindow-too-large',
      title: 'The library’s default recvWindow is above Binance’s 60000 ms maximum',
      why: 'You never set recvWindow: the library sends its own default, and an old default became invalid when Binance enforced the cap. binance-java-api sent 6,000,000 ms by default until it was lowered after Binance’s August 2019 change, so every signed call of older versions fails.',
      fixes: [
        {
          title: 'Upgrade the library, or override its default',
          steps: [
            'Upgrade to a release whose default is at most 60000 ms (read its changelog for recvWindow).',
            'Until then, pass recvWindow=10000 explicitly on signed calls, or change the default constant in your copy of the library.',
          ],
        },
      ],
    },
    {
      id: 'recvwindow-raised-to-hide-clock',
      title: 'recvWindow was raised above 60000 ms to get past timestamp errors',
      why: 'A huge recvWindow is a common attempt to silence -1021 "outside of the recvWindow". Binance caps it at 60000 ms, and a larger window does not help with a clock that is ahead anyway.',
      fixes: [
        {
          title: 'Use a modest recvWindow and fix the clock instead',
          steps: [
            'Send 5000–10000 ms.',
            'Synchronise the machine’s clock (NTP) and keep a server-time offset in the bot.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'who-sets',
    questions: [
      {
        id: 'who-sets',
        text: 'Does your code set recvWindow, or does the library choose it?',
        options: [
          { value: 'library', label: 'I never set it: the library chooses it', ranks: ['library-default-recvwindow-too-large'] },
          { value: 'me', label: 'I set it myself (for example to get past -1021)', ranks: ['recvwindow-raised-to-hide-clock', 'library-default-recvwindow-too-large'] },
        ],
      },
    ],
  },
};

export default knowledge;
