// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './bad-symbol';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'ccxt-03.txt', code: -1121 },
]);
