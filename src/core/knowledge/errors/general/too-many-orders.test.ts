// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './too-many-orders';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'go-07.txt', code: -1015 },
  { paste: 'message-only-05.txt', code: -1015 },
  { paste: 'multi-04.txt', code: -1015 },
  { paste: 'name-only-01.txt', code: -1015 },
]);
