// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './earn-balance';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-6012' },
  { catalogue: 'sapi:-6018' },
  { catalogue: 'sapi:-6006' },
]);
