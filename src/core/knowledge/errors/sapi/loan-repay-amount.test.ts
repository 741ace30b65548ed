// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './loan-repay-amount';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-10012' },
  { catalogue: 'sapi:-10017' },
  { catalogue: 'sapi:-10018' },
  { catalogue: 'sapi:-10039' },
  { catalogue: 'sapi:-10040' },
]);
