// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './invalid-timestamp';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'ccxt-01.txt', code: -1021 },
  { paste: 'ccxt-02.txt', code: -1021 },
  { paste: 'ccxt-14.txt', code: -1021 },
  { paste: 'code-msg-01.txt', code: -1021 },
  { paste: 'csharp-01.txt', code: -1021 },
  { paste: 'csharp-02.txt', code: -1021 },
  { paste: 'threads/general/chrisleekr-102-no-ntp-1021.txt', code: -1021 },
  { paste: 'threads/general/binance-trade-bot-78-windows-sync-1021.txt', code: -1021 },
  { paste: 'threads/general/python-binance-746-offset-once-1021.txt', code: -1021 },
  { paste: 'threads/general/ccxt-850-microsecond-timestamp-1021.txt', code: -1021 },
  { paste: 'threads/general/binance-csharp-70-clock-1021.txt', code: -1021 },
  { paste: 'threads/general/binance-csharp-40-auto-timezone-1021.txt', code: -1021 },
  { paste: 'threads/general/ccxt-6152-windows-internet-time-1021.txt', code: -1021 },
  { paste: 'threads/general/binance-net-634-ratelimiter-wait-1021.txt', code: -1021 },
  { paste: 'threads/general/python-binance-238-time-server-1021.txt', code: -1021 },
  { paste: 'threads/general/binance-api-postman-172-local-time-1021.txt', code: -1021 },
  { paste: 'threads/general/binance-net-914-ratelimiter-recvwindow-1021.txt', code: -1021 },
  { paste: 'threads/more/nofx-312-1021-clock-ahead.txt', code: -1021 },
  { paste: 'threads/more/morpheums-30-1021-time-server.txt', code: -1021 },
  { paste: 'threads/more/binance-futures-python-176-1021-time-sync.txt', code: -1021 },
  { paste: 'threads/more/hummingbot-6574-1021-income-time-sync.txt', code: -1021 },
  { paste: 'threads/more/volatility-bot-21-1021-clock-sync.txt', code: -1021 },
  { paste: 'threads/more/freqtrade-9925-1021-binanceus-clock.txt', code: -1021 },
  { paste: 'threads/more/frostybot-97-1021-docker-host-clock.txt', code: -1021 },
]);
