/** Knowledge of -1021 INVALID_TIMESTAMP. */
import { snippetSet } from '../../snippet-set';
import { clockSkewOrUnits } from '../../rules/clock-skew-or-units';
import { recvWindowSize } from '../../rules/recv-window-size';
import { timestampMessage } from '../../rules/timestamp-message';
import type { Fix, Knowledge } from '../../types';

const keepServerTimeOffsetFix: Fix = {
  title: 'Keep a server-time offset in the bot',
  steps: ['Measure serverTime − local time at start-up and add it to every timestamp.', 'Refresh the offset every few minutes and right after any -1021.'],
  snippets: snippetSet('errors/general/invalid-timestamp/keep-server-time-offset'),
};

const knowledge: Knowledge = {
  keys: ['-1021'],
  meaning: 'The timestamp in your signed request did not fit Binance’s clock: either it arrived later than your recvWindow allows, or it was more than 1 second ahead of Binance’s time. Nothing was executed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'The request was refused before it reached the engine, so nothing happened. Resynchronise your time (and sign right before sending), then send it again with a fresh timestamp; re-sending the same signed request will fail the same way.',
  },
  causes: [
    {
      id: 'clock-behind',
      title: 'Your machine’s clock is behind (or has drifted)',
      why: 'Binance accepts a request only if its timestamp is no older than recvWindow (default 5000 ms). A clock a few seconds slow makes every request look late — common on Windows, VPSs after suspend, Docker/WSL and dual-boot machines.',
      fixes: [
        {
          title: 'Synchronise the system clock',
          steps: [
            'Turn on automatic time sync (Linux: chrony or systemd-timesyncd; Windows: w32tm /resync; WSL: restart it or run hwclock -s).',
            'Compare your time with GET /fapi/v1/time (COIN-M /dapi/v1/time, Spot /api/v3/time): the difference should be well under 500 ms.',
          ],
          snippets: snippetSet('errors/general/invalid-timestamp/synchronise-system-clock'),
        },
        keepServerTimeOffsetFix,
      ],
    },
    {
      id: 'clock-ahead',
      title: 'Your machine’s clock is ahead',
      why: 'Binance refuses timestamps more than 1000 ms ahead of its own time. This margin is fixed: a larger recvWindow does not help.',
      fixes: [
        {
          title: 'Synchronise the system clock',
          steps: [
            'Turn on automatic time sync and step the clock now.',
            'Check that any offset you apply has the right sign: serverTime minus local time, added to local time.',
          ],
          snippets: snippetSet('errors/general/invalid-timestamp/synchronise-system-clock'),
        },
        {
          title: 'Keep a server-time offset in the bot',
          steps: ['Compute it from GET /fapi/v1/time and refresh it regularly.'],
          snippets: snippetSet('errors/general/invalid-timestamp/keep-server-time-offset'),
        },
      ],
    },
    {
      id: 'stale-offset',
      title: 'An offset measured once and never refreshed',
      why: 'Bots that compute a time offset at start-up drift away from it over days; the error then appears out of nowhere in a long-running process.',
      fixes: [
        {
          title: 'Refresh the offset regularly',
          steps: ['Re-measure the offset every few minutes.', 'Re-measure immediately after a -1021 and retry once with a new timestamp.'],
          snippets: snippetSet('errors/general/invalid-timestamp/keep-server-time-offset'),
        },
      ],
    },
    {
      id: 'time-offset-not-applied',
      title: 'The library’s server-time option is on, but its correction never reaches the request',
      why: 'Options such as ccxt’s adjustForTimeDifference, node-binance-api’s useServerTime or Binance.Net’s AutoTimestamp only help if the client that sends the order reads them. Set on another client object (or in the constructor of another library than the one in use), on a client the order call does not go through, or in a release with a bug — Binance.Net before 4.0.6 skipped the correction when the local clock was ahead — the timestamp still comes from the raw local clock, and the error goes on although the option is “on”.',
      fixes: [
        {
          title: 'Check that the library applies its time option; set it where it is read, or upgrade',
          steps: [
            'Look up the option’s exact name in the documentation of the library and version you have installed, and set it on the client that sends the failing call.',
            'Check that it works: log the offset the library measured, or compare timestamp= in a logged request with serverTime from GET /fapi/v1/time.',
            'If the option is set right and the timestamp is still your local clock (a clock ahead is the usual case), upgrade the library; its changelog or issues name the fix.',
          ],
        },
        keepServerTimeOffsetFix,
      ],
    },
    {
      id: 'slow-path',
      title: 'The request waited too long between signing and arriving',
      why: 'If the timestamp is taken and then the request waits — in a queue, a rate limiter, a busy event loop, an overloaded VPS or a slow network — it arrives after recvWindow has passed even with a correct clock.',
      fixes: [
        {
          title: 'Sign at the moment of sending and find the delay',
          steps: [
            'Measure the round trip to GET /fapi/v1/time; hundreds of milliseconds or more point to the network or the machine.',
            'Check CPU load and event-loop blocking around order placement.',
            'Let the library sign at send time instead of preparing signed requests in advance.',
          ],
          snippets: snippetSet('errors/general/invalid-timestamp/synchronise-system-clock'),
        },
        {
          title: 'Widen recvWindow a little',
          steps: ['Send recvWindow=10000 (maximum 60000); it only tolerates lateness, not a clock ahead.'],
          snippets: snippetSet('errors/general/invalid-timestamp/widen-recvwindow-little', { symbol: 'BTCUSDT' }),
        },
      ],
    },
    {
      id: 'small-recvwindow',
      title: 'recvWindow is too small for your connection',
      why: 'A recvWindow of a second or two leaves no room for network delay and small clock drift.',
      fixes: [
        {
          title: 'Use a modest recvWindow',
          steps: ['Send 5000–10000 ms; the maximum is 60000.', 'Do not use a huge window to hide a wrong clock: fix the clock first.'],
          snippets: snippetSet('errors/general/invalid-timestamp/widen-recvwindow-little', { symbol: 'BTCUSDT' }),
        },
      ],
    },
    {
      id: 'reused-timestamp',
      title: 'A timestamp or signed request that gets reused',
      why: 'Code that computes the timestamp once (or caches a signed URL) and re-sends it — for example on a retry — sends an ever older timestamp.',
      fixes: [
        {
          title: 'Create a new timestamp and signature for every send',
          steps: ['Never store a signed query string for later.', 'On retry, build the request again so it gets a fresh timestamp.'],
          snippets: snippetSet('errors/general/invalid-timestamp/create-new-timestamp-signature', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'timestamp-wrong-units',
      title: 'The timestamp is in the wrong unit (microseconds or seconds)',
      why: 'Binance wants milliseconds since 1970: 13 digits today. A 16-digit microsecond value is always far "ahead" and a 10-digit second value always far "behind", however well the machine’s clock is synced. This comes from code that builds the timestamp itself (time.time() without ×1000, a nonce helper in microseconds) and from old library versions: ccxt’s early Binance support used a microsecond nonce until its maintainers switched it to milliseconds.',
      fixes: [
        {
          title: 'Send milliseconds, 13 digits',
          steps: [
            'Look at timestamp= in the logged request: it must have 13 digits and be close to the current time in milliseconds.',
            'Build it as int(time.time() * 1000) in Python, Date.now() in JavaScript, $(date +%s%3N) in a shell.',
            'If the library builds it, upgrade the library; a clock sync will not help here.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'message',
    questions: [
      {
        id: 'message',
        text: 'Which of the two messages did you get?',
        options: [
          { value: 'ahead', label: '"…was 1000ms ahead of the server\'s time."', next: 'ahead-by' },
          { value: 'outside', label: '"…is outside of the recvWindow."', next: 'skew' },
        ],
        auto: timestampMessage,
      },
      {
        id: 'skew',
        text: 'How far is your clock from Binance’s? Compare your time with serverTime from GET /fapi/v1/time.',
        options: [
          { value: 'behind', label: 'More than a second behind', ranks: ['clock-behind', 'stale-offset', 'small-recvwindow'] },
          { value: 'ahead', label: 'More than a second ahead', ranks: ['clock-ahead', 'stale-offset'] },
          { value: 'close', label: 'Within about a second', next: 'recv' },
          { value: 'years', label: 'Hours, days or years off, or the timestamp does not have 13 digits', ranks: ['timestamp-wrong-units', 'clock-behind'] },
        ],
        auto: clockSkewOrUnits,
      },
      {
        id: 'ahead-by',
        text: 'How many digits does the timestamp your request sends have (timestamp=… in the logged request), and how far ahead is it?',
        options: [
          { value: 'ahead', label: '13 digits, a second to a few minutes ahead', next: 'offset' },
          { value: 'years', label: 'Not 13 digits (16 = microseconds), or years ahead', ranks: ['timestamp-wrong-units', 'clock-ahead'] },
        ],
        auto: clockSkewOrUnits,
      },
      {
        id: 'offset',
        text: 'Does your bot or library add a time offset it measured from Binance’s server time, and did the error appear only after it had run for a while?',
        options: [
          { value: 'stale', label: 'Yes: an offset measured once (at start-up) and the error came later', ranks: ['stale-offset', 'clock-ahead'] },
          {
            value: 'option-on',
            label: 'A library option (useServerTime, adjustForTimeDifference, AutoTimestamp…) is on, yet the error comes from the first request on',
            ranks: ['time-offset-not-applied', 'clock-ahead', 'stale-offset'],
          },
          { value: 'no-offset', label: 'No offset, or the error comes from the first request on', ranks: ['clock-ahead', 'stale-offset'] },
        ],
      },
      {
        id: 'recv',
        text: 'What recvWindow do you send?',
        options: [
          { value: 'small', label: 'Less than 5000 ms', ranks: ['small-recvwindow', 'slow-path'] },
          { value: 'default', label: '5000–10000 ms, or I do not set it', next: 'when' },
          { value: 'large', label: 'More than 10000 ms', ranks: ['reused-timestamp', 'slow-path', 'stale-offset'] },
        ],
        auto: recvWindowSize,
      },
      {
        id: 'when',
        text: 'Does it happen on every signed request, or only now and then?',
        options: [
          { value: 'always', label: 'Every time', ranks: ['reused-timestamp', 'clock-behind', 'slow-path'] },
          { value: 'sometimes', label: 'Now and then', ranks: ['slow-path', 'stale-offset', 'small-recvwindow'] },
        ],
      },
    ],
  },
};

export default knowledge;
