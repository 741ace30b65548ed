// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './invalid-message';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: '-1013' },
]);
