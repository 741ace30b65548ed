// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './wallet-too-frequent';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-4005' },
  { catalogue: 'sapi:-4038' },
  { catalogue: 'sapi:-4041' },
  { catalogue: 'sapi:-4043' },
]);
