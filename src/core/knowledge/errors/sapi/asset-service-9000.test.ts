// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './asset-service-9000';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-9000' },
  { paste: 'wild/sapi-options/dust-9000-01.txt', code: -9000 },
]);
