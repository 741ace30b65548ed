// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './wallet-transfer-balance';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-5002' },
  { catalogue: 'sapi:-5007' },
  { catalogue: 'sapi:-5008' },
  { catalogue: 'sapi:-5013' },
]);
