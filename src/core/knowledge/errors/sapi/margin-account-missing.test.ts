// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './margin-account-missing';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-3003' },
  { paste: 'wild/sapi-options/margin-3003-01.txt', code: -3003 },
]);
