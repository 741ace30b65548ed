// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './spot-invalid-message';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'java-01.txt', code: -1013 },
  { paste: 'java-02.txt', code: -1013 },
  { paste: 'java-03.txt', code: -1013 },
  { paste: 'java-04.txt', code: -1013 },
  { paste: 'python-binance-02.txt', code: -1013 },
  { paste: 'python-binance-03.txt', code: -1013 },
  { paste: 'threads/general/chrisleekr-290-percent-price-stop-1013.txt', code: -1013 },
  { paste: 'threads/general/binance-net-702-stepsize-one-lot-size-1013.txt', code: -1013 },
  { paste: 'threads/general/volatility-bot-19-integer-step-lot-size-1013.txt', code: -1013 },
  { paste: 'threads/general/php-binance-api-263-min-notional-1013.txt', code: -1013 },
  { paste: 'threads/general/triangle-arbitrage-144-min-notional-1013.txt', code: -1013 },
  { paste: 'threads/general/binance-trader-70-balance-below-min-notional-1013.txt', code: -1013 },
  { paste: 'threads/general/python-binance-1411-percent-price-by-side-1013.txt', code: -1013 },
]);
