// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './loan-repay-unavailable';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-10032' },
  { catalogue: 'sapi:-10034' },
  { catalogue: 'sapi:-10045' },
]);
