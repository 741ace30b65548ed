// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './reduce-only-reject';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'message-only-06.txt', code: -2022 },
  { paste: 'multi-05.txt', code: -2022 },
]);
