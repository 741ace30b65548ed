// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './http-451';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'escaped-json-01.txt', code: 451 },
  { paste: 'http-status-02.txt', code: 451 },
  { paste: 'message-only-04.txt', code: 451 },
]);
