// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './qty-less-than-zero';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'python-binance-08.txt', code: -4003 },
]);
