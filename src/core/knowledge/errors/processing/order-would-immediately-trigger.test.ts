// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './order-would-immediately-trigger';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'wrapper-02.txt', code: -2021 },
]);
