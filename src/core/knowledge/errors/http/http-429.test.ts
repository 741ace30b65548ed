// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './http-429';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'http-status-05.txt', code: 429 },
]);
