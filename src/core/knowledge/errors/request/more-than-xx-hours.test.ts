// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './more-than-xx-hours';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/general/ccxt-995-aggtrades-1h-1127.txt', code: -1127 },
  { paste: 'threads/general/bbgo-423-trades-24h-1127.txt', code: -1127 },
]);
