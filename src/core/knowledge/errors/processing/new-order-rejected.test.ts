// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './new-order-rejected';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'spot-07.txt', code: -2010 },
  { paste: 'spot-08.txt', code: -2010 },
]);
