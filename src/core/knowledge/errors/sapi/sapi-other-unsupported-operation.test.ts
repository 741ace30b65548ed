// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './sapi-other-unsupported-operation';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:100001002' },
  { paste: 'wild/sapi-options/subaccount-100001002-01.txt', code: 100001002 },
]);
