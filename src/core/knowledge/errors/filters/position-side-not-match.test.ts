// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './position-side-not-match';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'bracket-03.txt', code: -4061 },
  { paste: 'ccxt-05.txt', code: -4061 },
  { paste: 'go-05.txt', code: -4061 },
  { paste: 'json-body-02.txt', code: -4061 },
  { paste: 'threads/orders/ccxt-7040-4061-hedge-mode.txt', code: -4061 },
  { paste: 'threads/orders/ccxt-8801-4061-hedge-close.txt', code: -4061 },
  { paste: 'threads/orders/node-binance-api-411-4061-hedge-preference.txt', code: -4061 },
  { paste: 'threads/orders/vnpy-2854-4061-hedge-unsupported.txt', code: -4061 },
  { paste: 'threads/more/nofx-433-4061-positionside-on-oneway.txt', code: -4061 },
]);
