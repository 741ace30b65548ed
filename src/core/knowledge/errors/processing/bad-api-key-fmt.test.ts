// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './bad-api-key-fmt';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/general/trading-dashboard-12-bad-key-2014.txt', code: -2014 },
  { paste: 'threads/general/binance-net-1110-regenerated-key-2014.txt', code: -2014 },
]);
