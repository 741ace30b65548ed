/** Knowledge of -5028 ME_RECVWINDOW_REJECT, coinm:-4188 ME_INVALID_TIMESTAMP. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5028', 'coinm:-4188'],
  meaning: 'The request passed the gateway but reached the matching engine too late: its timestamp was outside the recvWindow when the matching engine checked it. It was rejected before any matching.',
  retry: {
    verdict: 'safe-to-retry',
    outcome: 'rejected',
    advice: 'Nothing was executed. You can resend once with a fresh timestamp and signature; if it keeps happening, fix clock drift and the time between signing and sending, and avoid bursts at busy moments.',
  },
  causes: [
    {
      id: 'internal-queue-delay',
      title: 'Time spent waiting inside Binance at a busy moment',
      why: 'The same timestamp test as -1021 is repeated at the matching engine; under load the request can queue long enough to fail it even though it was fine at the gateway.',
      fixes: [
        {
          title: 'Keep a margin and avoid bursts',
          steps: [
            'Sign right before sending and keep recvWindow at 5000–10000 ms.',
            'Spread bursts of orders out; use batch orders sparingly at peaks.',
          ],
        },
      ],
    },
    {
      id: 'slow-path-or-clock',
      title: 'Your clock is behind, or the request waited on your side',
      why: 'A slow local queue, an overloaded machine or a clock running behind eats into the recvWindow before the request even leaves.',
      fixes: [
        {
          title: 'Sync the clock and measure delays',
          steps: [
            'Sync the OS clock (chrony / w32tm) and compare with GET /fapi/v1/time (COIN-M: /dapi/v1/time).',
            'Log the time between taking the timestamp and sending; reduce it.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
