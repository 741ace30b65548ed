// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './sapi-other-pm-loan-repay';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-21004' },
  { catalogue: 'sapi:-21005' },
]);
