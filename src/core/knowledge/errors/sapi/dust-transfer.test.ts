// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './dust-transfer';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-5003' },
  { catalogue: 'sapi:-5004' },
  { paste: 'wild/sapi-options/dust-5004-01.txt', code: -5004 },
]);
