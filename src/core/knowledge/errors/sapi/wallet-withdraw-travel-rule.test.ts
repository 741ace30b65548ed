// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './wallet-withdraw-travel-rule';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-4104' },
  { paste: 'wild/sapi-options/withdraw-4104-01.txt', code: -4104 },
  { paste: 'wild/sapi-options/withdraw-4104-02.txt', code: -4104 },
]);
