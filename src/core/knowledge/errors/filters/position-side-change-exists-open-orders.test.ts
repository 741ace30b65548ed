// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './position-side-change-exists-open-orders';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'benign-03.txt', code: -4067 },
]);
