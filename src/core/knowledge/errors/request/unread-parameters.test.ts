// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './unread-parameters';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'headers-02.txt', code: -1104 },
]);
