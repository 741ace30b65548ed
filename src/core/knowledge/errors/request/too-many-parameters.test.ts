// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './too-many-parameters';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'json-body-12.txt', code: -1101 },
]);
