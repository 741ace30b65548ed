// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './spot-cancel-rejected';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'multi-03.txt', code: -2011 },
]);
