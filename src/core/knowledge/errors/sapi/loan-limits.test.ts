// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './loan-limits';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-10029' },
  { catalogue: 'sapi:-10030' },
  { catalogue: 'sapi:-10031' },
  { catalogue: 'sapi:-10041' },
  { catalogue: 'sapi:-10044' },
]);
