// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './sapi-other-pm-account';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-21001' },
  { catalogue: 'sapi:-21002' },
  { catalogue: 'sapi:-21015' },
]);
