// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './loan-operation-failed';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-10015' },
  { catalogue: 'sapi:-10016' },
  { catalogue: 'sapi:-10023' },
  { catalogue: 'sapi:-10025' },
]);
