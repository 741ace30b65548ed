// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './no-need-to-change-position-side';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'benign-05.txt', code: -4059 },
]);
